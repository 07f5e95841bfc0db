"""Rules for clock times, durations and sets ("20.30 Uhr", "drei Tage", "jeden Montag")."""

from __future__ import annotations

import logging
import re

from bot.dates import lexicon
from bot.dates.candidates import ANCHOR_TIME, Candidate, Found, make_timex, normalise_spaces, single
from bot.dates.context import TextContext
from bot.dates.model import DATE, DURATION, SET, TIME
from bot.dates.normalize import (
    UNKNOWN_DAY, UNKNOWN_YEAR, shifted_day, shifted_month, shifted_week, shifted_year,
)

_log = logging.getLogger(__name__)

# Half a unit is written in the next smaller unit ("ein halbes Jahr" -> P6M); other fractions
# stay decimal ("eineinhalb Stunden" -> PT1.5H).
_SMALLER_UNIT = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24),
                 "TH": ("TM", 60), "TM": ("TS", 60)}


def clock_time(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"20.30 Uhr", "um 8 Uhr", "von 10 bis 15 Uhr" and "9.30/12.30 Uhr" (two times)."""
    found: list[Found] = []
    if match.group("connector"):
        first = _time_value(match.group("first_hour"), match.group("first_minute"))
        if first is None:
            return None
        timex = make_timex(ctx, match.start("first_hour"),
                           match.end("first_minute") if match.group("first_minute") else match.end("first_hour"),
                           type=TIME, value=first)
        found.append(Found(timex, anchor=ANCHOR_TIME))
    value = _time_value(match.group("hour"), match.group("minute"))
    if value is None:
        return None
    found.append(Found(make_timex(ctx, match.start("hour"), match.end(), type=TIME, value=value),
                       anchor=ANCHOR_TIME))
    return Candidate(start=match.start(), end=match.end(), found=found)


def _time_value(hour: str, minute: str | None) -> str | None:
    hours = int(hour)
    minutes = int(minute) if minute else 0
    if hours > 24 or minutes > 59:
        return None
    return f"T{hours:02d}:{minutes:02d}"


def bare_clock_time(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"um 12.15" without "Uhr": only after "um", "gegen", "ab"."""
    if ctx.word_before(match.start()).lower() not in {"um", "gegen", "ab", "von"}:
        return None
    value = _time_value(match.group("hour"), match.group("minute"))
    if value is None:
        return None
    return single(make_timex(ctx, match.start(), match.end(), type=TIME, value=value),
                  anchor=ANCHOR_TIME)


def _format_amount(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


def duration_value(amount: float | None, letter: str) -> str:
    """Return the TIMEX3 duration value of ``amount`` units ``letter`` (None = unknown amount).

    Args:
        amount: The number of units, or None for "einige Jahre", "seit Jahren".
        letter: Unit letter from ``lexicon.UNITS`` (``"Y"``, ``"TH"``, ``"DE"``...).

    Returns:
        ``"P3D"``, ``"PT20H"``, ``"P10Y"`` for a decade, ``"PXY"`` for vague amounts.
    """
    if letter == "DE":
        letter, amount = "Y", None if amount is None else amount * 10
        if amount is None:
            return "PXDE"
    elif letter == "CE":
        letter, amount = "Y", None if amount is None else amount * 100
        if amount is None:
            return "PXCE"
    elif letter == "Q":
        letter, amount = "M", None if amount is None else amount * 3
    if amount is None:
        return f"PT{'X'}{letter[1]}" if letter.startswith("T") else f"PX{letter}"
    if amount == 0.5 and letter in _SMALLER_UNIT:
        letter, factor = _SMALLER_UNIT[letter]
        amount *= factor
    number = _format_amount(amount)
    return f"PT{number}{letter[1]}" if letter.startswith("T") else f"P{number}{letter}"


def _ago(amount: float, letter: str, ctx: TextContext) -> tuple[str, bool] | None:
    """"vor 20 Jahren" with the article date -> the year (day, week, month) back then."""
    if not float(amount).is_integer():
        return None
    count = int(amount)
    if letter == "Y":
        value = shifted_year(ctx.reference, -count)
        return (value, True) if value else (UNKNOWN_YEAR, False)
    if letter == "DE":
        value = shifted_year(ctx.reference, -10 * count)
        return (value, True) if value else (UNKNOWN_YEAR, False)
    if letter == "M":
        value = shifted_month(ctx.reference, -count)
        return (value, True) if value else ("XXXX-XX", False)
    if letter == "W":
        value = shifted_week(ctx.reference, -count)
        return (value, True) if value else ("XXXX-WXX", False)
    if letter == "D":
        day = shifted_day(ctx.reference, -count)
        return (day.isoformat(), True) if day else (UNKNOWN_DAY, False)
    return None


_AGE_FOLLOWERS = frozenset({"alt", "alte", "alten", "alter", "altes", "jung", "junge", "jungen",
                            "jünger", "jüngere", "jüngeren", "älter", "ältere", "älteren"})


def _is_age(match: re.Match[str], ctx: TextContext) -> bool:
    """"31 und 22 Jahre alt", "ab 16 Jahren", "unter 14 Jahren": an age, not a duration."""
    if not (match.group("unit") or "").startswith("Jahr"):
        return False
    if ctx.word_after(match.end()).lower() in _AGE_FOLLOWERS:
        return True
    return ctx.word_before(match.start()).lower() in {"ab", "unter", "bis"}


def duration(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"drei Tage", "zehn Jahre", "rund 200 Stunden", "die letzten zwölf Monate", "einige Jahre".

    "vor 20 Jahren" is a point in time: with the article date 2009-12-17 it is the DATE 1989
    (span "20 Jahren", the preposition outside); without an article date it stays "XXXX".
    """
    unit = match.group("unit") or match.group("genitive_unit")
    letter = lexicon.unit_letter(unit)
    if letter is None:
        return None
    number = match.group("number")
    relative = match.group("relative")
    if number is None and not match.group("vague_pair") and not relative and not match.group("genitive_unit"):
        return None
    if number is None and relative and unit.lower() not in lexicon.UNIT_PLURALS:
        return None  # "der letzten Woche": a point, not a span
    if _is_age(match, ctx):
        return None
    if number and number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2099 and letter == "Y":
        return None
    if unit in {"Tages", "Jahres", "Monats"} and not match.group("genitive_unit"):
        return None
    lowered_number = (number or "").lower()
    vague = number is None or lowered_number in lexicon.VAGUE_QUANTITY_WORDS
    if match.group("genitive_unit") and number is None:
        vague, amount = False, 1.0
    elif vague:
        amount = None
    elif "," in number:  # type: ignore[operator]
        amount = float(number.replace(",", "."))  # type: ignore[union-attr]
    else:
        amount = lexicon.number_value(number)  # type: ignore[arg-type]
    if not vague and amount is None:
        return None
    if match.group("adjective") and not re.fullmatch(
            r"[a-zäöüß]+(?:ig|lich|isch|end|ert|te|ten|ter)(?:e|en|er|es)?", match.group("adjective")):
        return None  # "zwei neue Jahre"? only descriptive adjectives ("ehrenamtliche") fit
    qualifier = match.group("qualifier")
    mod = lexicon.QUALIFIERS.get(normalise_spaces(qualifier)) if qualifier else None  # "mehr\nals"
    before = ctx.word_before(match.start()).lower()
    if before == "über" and mod is None:
        mod = "MORE_THAN"
    if before == "vor" and not relative:
        if vague:  # "vor einigen Tagen": the gold data keeps these as vague durations
            return single(make_timex(ctx, match.start(), match.end(), type=DURATION,
                                     value=duration_value(None, letter)))
        ago = _ago(amount, letter, ctx)  # type: ignore[arg-type]
        if ago is not None:
            return single(make_timex(ctx, match.start(), match.end(), type=DATE, value=ago[0],
                                     resolved=ago[1]))
    return single(make_timex(ctx, match.start(), match.end(), type=DURATION,
                             value=duration_value(amount, letter), mod=mod))


_BARE_PLURAL_CUES = frozenset({"seit", "vor", "nach", "über"})


def duration_bare_plural(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"seit Jahren" -> PXY, "über die Jahre" -> PXY, "vor Jahren" -> PAST_REF."""
    before = ctx.word_before(match.start()).lower()
    if before not in _BARE_PLURAL_CUES:
        return None
    if match.group("article") and before != "über":
        return None
    if re.match(r"\s*\d", ctx.text[match.end():match.end() + 3]):
        return None  # "in den Jahren 2010 bis 2012"
    letter = lexicon.unit_letter(match.group("unit"))
    if letter is None:
        return None
    if before == "vor":
        return single(make_timex(ctx, match.start(), match.end(), type=DATE, value="PAST_REF"))
    return single(make_timex(ctx, match.start(), match.end(), type=DURATION,
                             value=duration_value(None, letter)))


_ADJECTIVE_UNITS = {"tägig": "D", "wöchig": "W", "monatig": "M", "jährig": "Y",
                    "stündig": "TH", "minütig": "TM"}
_LANG_UNITS = {"jahre": "Y", "monate": "M", "wochen": "W", "tage": "D", "stunden": "TH",
               "jahrzehnte": "DE"}


_GLUED_NUMBER = re.compile(r"(?:\d{1,3}-?|[a-zäöüß]+)$")


def duration_adjective(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"einwöchigen" -> P1W, "dreitägige" -> P3D, "jahrelange" -> PXY, "mehrjährig" -> PXY.

    "24-jährige" and "zweijährige" are ages, not durations, and are left out.
    """
    if match.group("vague"):
        value = duration_value(None, _LANG_UNITS[match.group("vague").lower()])
        return single(make_timex(ctx, match.start(), match.end(), type=DURATION, value=value))
    prefix_match = _GLUED_NUMBER.search(ctx.text, max(0, match.start() - 20), match.start())
    if prefix_match is None:
        return None
    start = prefix_match.start()
    if start > 0 and (ctx.text[start - 1].isalnum() or ctx.text[start - 1] == "-"):
        return None
    prefix = prefix_match.group(0).rstrip("-")
    suffix = match.group("suffix")
    if prefix in {"mehr", "viel"}:
        if suffix != "jährig":
            return None
        return single(make_timex(ctx, start, match.end(), type=DURATION, value="PXY"))
    if suffix == "jährig":
        return None
    amount = lexicon.number_value(prefix)
    if amount is None:
        return None
    return single(make_timex(ctx, start, match.end(), type=DURATION,
                             value=duration_value(amount, _ADJECTIVE_UNITS[suffix])))


def set_every(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"jeden Montag" -> XXXX-WXX-1, "jeden Tag" -> P1D, "alle zwei Jahre" -> P2Y."""
    every = match.group("every").lower()
    number = match.group("number")
    if match.group("weekday"):
        value = f"XXXX-WXX-{lexicon.WEEKDAYS[match.group('weekday').lower()]}"
        if match.group("part"):
            value += f"T{lexicon.DAY_PARTS[match.group('part').lower()]}"
    elif match.group(0).rstrip().endswith("Monat") and match.group("number"):
        value = "P1M"  # "jeden dritten Mittwoch im Monat": the gold data values these as monthly
    elif match.group("day_part"):
        value = f"XXXX-XX-XXT{lexicon.DAY_PARTS[match.group('day_part').lower()]}"
    else:
        letter = lexicon.unit_letter(match.group("unit"))
        if letter is None:
            return None
        amount = lexicon.number_value(number) if number and every == "alle" else 1
        if amount is None:
            amount = 1
        if every == "alle" and number is None and not match.group("unit").endswith("e"):
            return None
        value = duration_value(amount, letter)
    return single(make_timex(ctx, match.start(), match.end(), type=SET, value=value))


_AMOUNT_WORDS = frozenset({"euro", "franken", "dollar", "prozent", "stunden", "mal", "tage",
                           "kilometer", "liter", "tonnen", "millionen", "milliarden", "€"})


def set_frequency(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"einmal im Monat" -> P1M, "400 Euro im Monat" -> P1M, "pro Jahr", "je zwei Wochen"."""
    if match.group("unit3"):
        amount = lexicon.number_value(match.group("number3"))
        letter = lexicon.unit_letter(match.group("unit3"))
        if amount is None or letter is None:
            return None
        return single(make_timex(ctx, match.start(), match.end(), type=SET,
                                 value=duration_value(amount, letter)))
    if match.group("unit2"):
        value = lexicon.FREQUENCY_ADVERBS[match.group("unit2").lower()]
        return single(make_timex(ctx, match.start(), match.end(), type=SET, value=value))
    unit = match.group("unit")
    if match.group("per") == "am" and unit != "Tag":
        return None
    if match.group("per") in {"im", "am"} and not match.group("count"):
        before = ctx.word_before(match.start()).lower()
        if not (before.isdigit() or before.lower() in _AMOUNT_WORDS or lexicon.number_value(before)):
            return None
        follower = ctx.text[match.end():match.end() + 12]
        if re.match(r"\s*(\d|[A-ZÄÖÜ]|der\b|des\b|zuvor|darauf|danach|davor)", follower):
            return None
    amount = 1.0
    if match.group("number"):
        amount = lexicon.number_value(match.group("number")) or 1.0
    letter = lexicon.unit_letter(unit)
    if letter is None:
        return None
    return single(make_timex(ctx, match.start(), match.end(), type=SET,
                             value=duration_value(amount, letter)))


def set_adverb(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"täglich", "jährlich", "wochentags", "montags"."""
    word = match.group("word").lower()
    stem = re.sub(r"(e|en|er|es|em)$", "", word) if not word.endswith("lich") else word
    if stem in lexicon.FREQUENCY_ADVERBS:
        value = lexicon.FREQUENCY_ADVERBS[stem]
    elif word in lexicon.WEEKDAY_ADVERBS:
        value = f"XXXX-WXX-{lexicon.WEEKDAY_ADVERBS[word]}"
    else:
        return None
    return single(make_timex(ctx, match.start(), match.end(), type=SET, value=value))
