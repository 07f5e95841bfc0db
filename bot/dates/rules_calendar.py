"""Rules for calendar expressions: dates, months, years, seasons, decades, centuries, holidays."""

from __future__ import annotations

import datetime as dt
import logging
import re

from bot.dates import lexicon, patterns
from bot.dates.candidates import ANCHOR_NARRATIVE_YEAR, Candidate, Found, make_timex, single
from bot.dates.context import TextContext
from bot.dates.model import DATE, Timex
from bot.dates.normalize import (
    UNKNOWN_YEAR, easter_sunday, safe_date, shifted_year, year_for_month,
)
from bot.dates.tense import Tense

_log = logging.getLogger(__name__)

SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
MONTH_CUE_WORDS = frozenset({
    "im", "seit", "bis", "ab", "vom", "zum", "anfang", "mitte", "ende", "monat", "monats",
    "des", "in", "nach", "vor", "von", "für", "per", "jeden", "letzten", "vergangenen",
    "kommenden", "nächsten", "diesen", "dieses", "vorigen", "heurigen", "zwischen", "den",
})
SEASON_CUE_WORDS = frozenset({
    "im", "in", "seit", "bis", "ab", "vom", "zum", "ganzen", "während", "über", "nach",
    "vor", "für", "anfang", "mitte", "ende", "den", "des", "diesen", "dieses", "jeden",
})
COORDINATION_WORDS = frozenset({"und", "oder", "bis", "sowie", "-", "–"})


def _position_mod(word: str | None) -> str | None:
    return lexicon.POSITIONS.get(word.lower()) if word else None


def _month_number(word: str) -> int:
    return lexicon.MONTHS[word.lower()]


def _two_digit_year(digits: str, ctx: TextContext) -> int:
    """Expand "09" to 2009 and "87" to 1987: the century that keeps the year near the article."""
    number = int(digits)
    pivot = (ctx.reference.year or 2030) % 100 + 10
    return 2000 + number if number <= pivot else 1900 + number


def day_value(ctx: TextContext, day: int, month: int, year: int | None,
              position: int) -> tuple[str, bool] | None:
    """Return ``(value, resolved)`` of a day, guessing the year from tense when missing.

    Args:
        ctx: The text context.
        day: Day of month.
        month: Month 1-12.
        year: The year written in the text, or None.
        position: Offset of the expression (its sentence gives the tense).

    Returns:
        ``("2009-12-17", True)``, ``("XXXX-12-17", False)`` without a usable reference, or None
        for impossible dates.
    """
    if year is None:
        year = year_for_month(month, ctx.reference, ctx.tense_at(position))
        if year is None:
            return (f"{UNKNOWN_YEAR}-{month:02d}-{day:02d}", False) if day <= 31 else None
    date = safe_date(year, month, day)
    return (date.isoformat(), True) if date else None


def numeric_date(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"17.12.2009", "Donnerstag (17.12.2009)", "Do., 17.12.", "2009-12-17"."""
    if match.group("iso_year"):
        day, month, year = (int(match.group(g)) for g in ("iso_day", "iso_month", "iso_year"))
    else:
        day, month = int(match.group("day")), int(match.group("month"))
        digits = match.group("year")
        if digits is None:
            # "3.4." without a year must end with the dot and not be a version or a score.
            if not match.group(0).rstrip().endswith(".") or ctx.text[match.end():match.end() + 1].isdigit():
                return None
            year = None
        else:
            year = int(digits) if len(digits) == 4 else _two_digit_year(digits, ctx)
            if len(digits) == 4 and not 1000 <= year <= 2099:
                return None
    resolved_value = day_value(ctx, day, month, year, match.start())
    if resolved_value is None:
        return None
    end = match.end()
    if match.group("weekday") and "(" in match.group(0) and not match.group(0).endswith(")"):
        if ctx.text[end:end + 1] == ")":
            end += 1
    return single(make_timex(ctx, match.start(), end, type=DATE, value=resolved_value[0],
                             resolved=resolved_value[1]))


def day_month(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"17. Dezember 2009", "Donnerstag, 25. Februar", "dem 20. April"."""
    year = int(match.group("year")) if match.group("year") else None
    resolved_value = day_value(ctx, int(match.group("day")), _month_number(match.group("month")),
                               year, match.start())
    if resolved_value is None:
        return None
    return single(make_timex(ctx, match.start(), match.end(), type=DATE, value=resolved_value[0],
                             resolved=resolved_value[1]),
                  anchor=None if year else ANCHOR_NARRATIVE_YEAR)


_DAY_NUMBER = re.compile(r"(\d{1,2})(\.?)")


def day_list(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"25. und 26. August", "3., 4. und 5. Oktober", "18. bis 19. Dezember" (a range)."""
    month = _month_number(match.group("month"))
    year = int(match.group("year")) if match.group("year") else None
    days_start = match.start("days")
    timexes: list[Timex] = []
    for number in _DAY_NUMBER.finditer(match.group("days")):
        resolved_value = day_value(ctx, int(number.group(1)), month, year, match.start())
        if resolved_value is None:
            return None
        timexes.append(make_timex(ctx, days_start + number.start(), days_start + number.end(),
                                  type=DATE, value=resolved_value[0], resolved=resolved_value[1]))
    last_value = day_value(ctx, int(match.group("last")), month, year, match.start())
    if last_value is None:
        return None
    timexes.append(make_timex(ctx, match.start("last"), match.end(), type=DATE,
                              value=last_value[0], resolved=last_value[1]))
    connectors = re.sub(r"[\d.\s]|am|zum", "", match.group("days"))
    if len(timexes) == 2 and connectors in {"bis", "-", "–"}:
        first, last = timexes
        span = make_timex(ctx, first.start, last.end, type=DATE, value=first.value,
                          range_end=last.value, resolved=first.resolved and last.resolved,
                          parts=(first, last))
        return single(span)
    anchor = None if year else ANCHOR_NARRATIVE_YEAR
    return Candidate(start=match.start(), end=match.end(),
                     found=[Found(t, anchor=anchor) for t in timexes])


def month_year(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"Dezember 2009", "Anfang September 2014", "Juli dieses Jahres", "August vorigen Jahres"."""
    month = _month_number(match.group("month"))
    if match.group("year"):
        year: str | None = match.group("year")
    else:
        relative = match.group("relative").lower()
        year = shifted_year(ctx.reference, lexicon.RELATIVE_DIRECTION_WORDS.get(relative, 0))
    value = f"{year or UNKNOWN_YEAR}-{month:02d}"
    return single(make_timex(ctx, match.start(), match.end(), type=DATE, value=value,
                             mod=_position_mod(match.group("position")), resolved=year is not None))


def _has_month_before(ctx: TextContext, position: int) -> bool:
    window = ctx.text[max(0, position - 30):position]
    return any(w.lower() in lexicon.MONTHS for w in re.findall(r"\w+", window))


def month_alone(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"im März", "Mitte Mai", "Juli und August": a month with a date cue, not a name."""
    month_word = match.group("month")
    cue = ctx.word_before(match.start()).lower()
    if not match.group("position"):
        if cue in COORDINATION_WORDS or ctx.char_before(match.start()) in ",/–-":
            if not _has_month_before(ctx, match.start()):
                return None
        elif cue not in MONTH_CUE_WORDS:
            return None
        follower = ctx.word_after(match.end())
        if (month_word.lower() in lexicon.MONTHS_ALSO_NAMES and cue not in {"im", "seit", "bis", "ab"}
                and follower[:1].isupper() and follower.lower() not in lexicon.MONTHS):
            return None  # "August Schmid", "Mai Thi": a name
    month = _month_number(month_word)
    year = year_for_month(month, ctx.reference, ctx.tense_at(match.start()))
    value = f"{year if year is not None else UNKNOWN_YEAR}-{month:02d}"
    return single(make_timex(ctx, match.start(), match.end(), type=DATE, value=value,
                             mod=_position_mod(match.group("position")), resolved=year is not None),
                  anchor=ANCHOR_NARRATIVE_YEAR)


def season_year(code: str, direction: int | None, ctx: TextContext, position: int) -> int | None:
    """Return the year of a season mentioned without one.

    Args:
        code: ``"SP"``, ``"SU"``, ``"FA"`` or ``"WI"``.
        direction: -1 for "vergangenen", +1 for "kommenden", 0 for "diesen", None when bare.
        ctx: The text context.
        position: Offset of the expression (for the tense).

    Returns:
        The year, or None when the reference year is unknown.
    """
    reference = ctx.reference
    if reference.year is None:
        return None
    inside = reference.month in SEASON_MONTHS[code]
    if direction == -1:
        year = year_for_month(SEASON_MONTH[code], reference, Tense.PAST)
        return year - 1 if inside and year is not None else year
    if direction == 1:
        year = year_for_month(SEASON_MONTH[code], reference, Tense.FUTURE)
        return year + 1 if inside and year is not None else year
    if inside or direction == 0:
        return reference.year
    return year_for_month(SEASON_MONTH[code], reference, ctx.tense_at(position))


def season(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"Sommer 2008", "im Frühjahr", "diesem strengen Winter", "der Sommermonate"."""
    if ctx.text[match.end():match.end() + 1] == "-":
        return None  # "Winter-Biathlon", "Sommer-Special": part of a compound
    code = lexicon.SEASONS[match.group("season").lower()]
    relative = match.group("relative")
    if match.group("year"):
        year: int | None = int(match.group("year"))
    else:
        if not relative and not match.group("position"):
            if ctx.word_before(match.start()).lower() not in SEASON_CUE_WORDS:
                return None  # "Theo Sommer", "Winter" as a name
        direction = lexicon.RELATIVE_DIRECTION_WORDS.get(relative.lower()) if relative else None
        year = season_year(code, direction, ctx, match.start())
    value = f"{year if year is not None else UNKNOWN_YEAR}-{code}"
    return single(make_timex(ctx, match.start(), match.end(), type=DATE, value=value,
                             mod=_position_mod(match.group("position")), resolved=year is not None))


STRONG_YEAR_CUES = frozenset({
    "im", "seit", "ab", "bis", "jahr", "jahre", "jahres", "jahrgang", "anfang", "mitte", "ende", "frühjahr",
    "frühling", "sommer", "herbst", "winter", "saison", "zwischen", "sommers", "winters",
})


def is_year_context(match: re.Match[str], ctx: TextContext, year: int) -> bool:
    """Decide whether a bare 4-digit number is a year, not a count or an amount.

    A count is recognised by what follows ("2000 Soldaten", "1500 Euro": a unit or a capitalised
    noun) or precedes it ("rund 2000", "Nr. 1990"); a strong date cue in front ("im", "seit",
    "Ende", "Jahr") overrides a capitalised follower, never a unit.
    """
    if COUNT_FOLLOWER.match(ctx.text, match.end()):
        return False
    range_to = _RANGE_TO_NUMBER.match(ctx.text, match.end())
    if range_to and (not 1000 <= int(range_to.group(1)) <= 2099
                     or COUNT_FOLLOWER.match(ctx.text, range_to.end())):
        return False  # "von 2000 bis 3000 Grad"
    before = ctx.words_before(match.start(), 2)
    before_lower = [w.lower() for w in before]
    if before_lower and before_lower[-1] in patterns.COUNT_PRECEDERS:
        return False
    if before_lower[-2:] in (["mehr", "als"], ["weniger", "als"], ["bis", "zu"]):
        return False
    if match.group("year_word") or match.group("position"):
        return True
    strong = bool(before_lower) and (before_lower[-1] in STRONG_YEAR_CUES
                                     or before_lower[-1] in lexicon.MONTHS)
    if strong:
        return True
    follower = ctx.word_after(match.end())
    if follower[:1].isupper() and follower.lower() not in lexicon.MONTHS:
        return False
    if year < 1900 and ctx.char_before(match.start()) not in "(–-,/" and not (
            before_lower and before_lower[-1] in patterns.YEAR_CUE_WORDS):
        return False
    return True


_RANGE_TO_NUMBER = re.compile(r"\s*(?:bis|-|–|und|oder)\s*(\d+)(?![\d.,]\d)")
COUNT_FOLLOWER = re.compile(patterns.COUNT_FOLLOWERS.pattern.replace("^", "", 1))


def year_expression(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"2009", "Jahr 1895", "Ende 1979", "seit 2014" (the open range is added later)."""
    year = int(match.group("year"))
    if not is_year_context(match, ctx, year):
        return None
    start = match.start()
    return single(make_timex(ctx, start, match.end(), type=DATE, value=f"{year:04d}",
                             mod=_position_mod(match.group("position"))))


def year_span(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"der Saison 2014/15", "2007/08" (one range) and "2005/2010" (two years)."""
    first = int(match.group("first"))
    second_digits = match.group("second")
    if len(second_digits) == 2:
        second = first // 100 * 100 + int(second_digits)
        if second <= first:
            second += 100
        if second - first > 30:
            return None
        timex = make_timex(ctx, match.start(), match.end(), type=DATE, value=f"{first:04d}",
                           range_end=f"{second:04d}")
        return single(timex)
    if match.group("season_word"):
        return single(make_timex(ctx, match.start(), match.end(), type=DATE,
                                 value=f"{first:04d}", range_end=second_digits))
    if COUNT_FOLLOWER.match(ctx.text, match.end()) or int(second_digits) < first - 200:
        return None
    first_timex = make_timex(ctx, match.start("first"), match.end("first"), type=DATE,
                             value=f"{first:04d}")
    second_timex = make_timex(ctx, match.start("second"), match.end("second"), type=DATE,
                              value=second_digits)
    return Candidate(start=match.start(), end=match.end(),
                     found=[Found(first_timex), Found(second_timex)])


def decade(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"den 1990er-Jahren" -> 199, "in den achtziger Jahren" -> 198, "der 60er Jahre" -> 196."""
    if match.group("word"):
        value = f"19{lexicon.DECADE_WORDS[match.group('word').lower()]}"
    else:
        digits = match.group("number")
        if len(digits) == 4:
            value = digits[:3]
        elif len(digits) == 2:
            value = ("20" if digits in {"00", "10"} else "19") + digits[0]
        else:
            return None
    return single(make_timex(ctx, match.start(), match.end(), type=DATE, value=value,
                             mod=_position_mod(match.group("position"))))


def century(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"im 20. Jahrhundert" -> 19, "der ersten Hälfte des 15. Jahrhunderts" -> 14 (START)."""
    number = int(match.group("number"))
    if not 1 <= number <= 21:
        return None
    half = match.group("half")
    mod = {"ersten": "START", "zweiten": "END"}.get(half) if half else None
    mod = mod or _position_mod(match.group("position"))
    return single(make_timex(ctx, match.start(), match.end(), type=DATE,
                             value=f"{number - 1:02d}", mod=mod))


_ORDINAL_NUMBERS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4,
                    "1.": 1, "2.": 2, "3.": 3, "4.": 4}


def quarter(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"im dritten Quartal" -> 2014-Q3, "der zweiten Jahreshälfte" -> 2014-H2."""
    ordinal = match.group("ordinal")
    is_half = bool(match.group("half"))
    number = _ORDINAL_NUMBERS.get(ordinal, 2 if is_half else 4)
    if is_half and number > 2:
        return None
    if match.group("year"):
        year: int | None = int(match.group("year"))
    else:
        middle_month = (number - 1) * 6 + 3 if is_half else (number - 1) * 3 + 2
        year = year_for_month(middle_month, ctx.reference, ctx.tense_at(match.start()))
    value = f"{year if year is not None else UNKNOWN_YEAR}-{'H' if is_half else 'Q'}{number}"
    return single(make_timex(ctx, match.start(), match.end(), type=DATE, value=value,
                             resolved=year is not None))


_FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "weihnachten": (12, 25), "christtag": (12, 25), "heiligabend": (12, 24),
    "heiligen abend": (12, 24), "stephanstag": (12, 26), "silvester": (12, 31),
    "neujahr": (1, 1), "allerheiligen": (11, 1), "allerseelen": (11, 2),
    "mariä himmelfahrt": (8, 15), "maria himmelfahrt": (8, 15), "mariä empfängnis": (12, 8),
    "maria empfängnis": (12, 8), "dreikönig": (1, 6), "josefstag": (3, 19),
    "tag der arbeit": (5, 1),
}
_EASTER_OFFSETS: dict[str, int] = {
    "ostern": 0, "ostersonntag": 0, "ostermontag": 1, "karfreitag": -2, "gründonnerstag": -3,
    "aschermittwoch": -46, "pfingsten": 49, "pfingstsonntag": 49, "pfingstmontag": 50,
    "christi himmelfahrt": 39, "fronleichnam": 60, "herz-jesu-fest": 68,
    "herz-jesu-sonntag": 70,
}


def holiday(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"Weihnachten", "zu Ostern 2015", "Fronleichnam": fixed or Easter-based feasts."""
    name = re.sub(r"\s+", " ", match.group("name")).lower()
    approx_month = _FIXED_HOLIDAYS[name][0] if name in _FIXED_HOLIDAYS else (
        3 if _EASTER_OFFSETS[name] < 0 else 4 + _EASTER_OFFSETS[name] // 30)
    if match.group("year"):
        year: int | None = int(match.group("year"))
    else:
        year = year_for_month(approx_month, ctx.reference, ctx.tense_at(match.start()))
    if name in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[name]
        value = f"{year if year is not None else UNKNOWN_YEAR}-{month:02d}-{day:02d}"
    elif year is None:
        value = "XXXX-XX-XX"
    else:
        value = (easter_sunday(year) + dt.timedelta(days=_EASTER_OFFSETS[name])).isoformat()
    return single(make_timex(ctx, match.start(), match.end(), type=DATE, value=value,
                             resolved=year is not None))
