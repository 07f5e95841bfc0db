"""Rules for expressions relative to the article date or to the day last mentioned:
"heute", "gestern Abend", "am Donnerstag", "vergangene Woche", "im Vorjahr", "am Vortag",
"am Nachmittag", "derzeit"."""

from __future__ import annotations

import datetime as dt
import logging
import re

from bot.dates import lexicon
from bot.dates.candidates import (
    ANCHOR_DAY_OFFSET, ANCHOR_DAY_PART, ANCHOR_NARRATIVE_YEAR, Candidate, make_timex, normalise_spaces, single,
)
from bot.dates.context import TextContext
from bot.dates.model import DATE, TIME
from bot.dates.normalize import (
    UNKNOWN_DAY, UNKNOWN_YEAR, format_week, resolve_weekday, shifted_day, shifted_month,
    shifted_week, shifted_year,
)

_log = logging.getLogger(__name__)

_DAY_OFFSETS = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}
WEEKDAY_CUE_WORDS = frozenset({
    "am", "an", "seit", "bis", "ab", "vom", "zum", "von", "jeden", "kommenden", "vergangenen",
    "letzten", "nächsten", "diesen", "heutigen", "(", "und", "oder", "sowie", "den", "der",
    "dem", "des", "für", "über", "ersten",
})
WEEKEND_CUE_WORDS = frozenset({"am", "übers", "vom", "zum", "das", "dieses", "nächstes",
                               "kommendes", "letztes", "vergangenes", "dem"})


def _part_code(word: str | None) -> str | None:
    return lexicon.DAY_PARTS.get(word.lower()) if word else None


_NOWADAYS_AFTER = frozenset({"noch", "kaum", "längst", "immer", "vor"})
_NOWADAYS_BEFORE = frozenset({"bis", "auch", "wir", "noch"})
_CONDITIONAL = re.compile(r"\b(?:würde|würden|wäre|wären|hätte|hätten|könnte|könnten)\b")


def _means_nowadays(match: re.Match[str], ctx: TextContext) -> bool:
    """"bis heute", "heute noch", "auch heute", "wie wir heute wissen": the present, not a day."""
    if ctx.word_after(match.end()).lower() in _NOWADAYS_AFTER:
        return True
    if ctx.word_before(match.start()).lower() in _NOWADAYS_BEFORE:
        return True
    start, end = ctx.sentence_bounds(match.start())
    return bool(_CONDITIONAL.search(ctx.text, start, end))


def relative_day(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"heute", "gestern", "morgen", "übermorgen", "heuer", "gestern Abend" (a TIME)."""
    word = match.group("word").lower()
    if match.group("word") == "Morgen" and not ctx.starts_sentence(match.start()):
        return None  # "der Morgen": the noun, not "tomorrow"
    if word == "heuer":
        year = shifted_year(ctx.reference, 0)
        return single(make_timex(ctx, match.start(), match.end(), type=DATE,
                                 value=year or UNKNOWN_YEAR, resolved=year is not None))
    part = _part_code(match.group("part"))
    if word == "heute" and not part and _means_nowadays(match, ctx):
        return single(make_timex(ctx, match.start(), match.end("word"), type=DATE,
                                 value="PRESENT_REF"))
    day = shifted_day(ctx.reference, _DAY_OFFSETS[word])
    value = day.isoformat() if day else UNKNOWN_DAY
    if part:
        return single(make_timex(ctx, match.start(), match.end(), type=TIME,
                                 value=f"{value}T{part}", resolved=day is not None))
    end = match.end("word")
    return single(make_timex(ctx, match.start(), end, type=DATE, value=value,
                             resolved=day is not None))


_ANCHORED_OFFSETS = {"vortag": -1, "vortages": -1, "vorabend": -1, "folgetag": 1,
                     "tag zuvor": -1, "tag davor": -1, "tag danach": 1, "tag darauf": 1,
                     "nächsten tag": 1, "folgenden tag": 1}


def anchored_day(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"am Vortag", "am Tag zuvor", "am Folgetag": one day from the day last mentioned."""
    word = normalise_spaces(match.group("word"))
    offset = _ANCHORED_OFFSETS[word]
    if word == "vorabend":
        timex = make_timex(ctx, match.start(), match.end(), type=TIME, value="TEV")
        return single(timex, anchor=ANCHOR_DAY_OFFSET, offset_days=offset)
    timex = make_timex(ctx, match.start(), match.end(), type=DATE, value="")
    return single(timex, anchor=ANCHOR_DAY_OFFSET, offset_days=offset)


def previous_period(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"im Vorjahr" -> the year before the article, "Vormonat", "Vorwoche", "Folgejahr"."""
    word = match.group("word").lower()
    if word.startswith("vorjahr"):
        value = shifted_year(ctx.reference, -1)
    elif word.startswith("folgejahr"):
        value = shifted_year(ctx.reference, 1)
    elif word.startswith("vormonat"):
        value = shifted_month(ctx.reference, -1)
    else:
        value = shifted_week(ctx.reference, -1)
    placeholder = ("XXXX-XX" if word.startswith("vormonat")
                   else "XXXX-WXX" if word.startswith("vorwoche") else UNKNOWN_YEAR)
    return single(make_timex(ctx, match.start(), match.end(), type=DATE,
                             value=value or placeholder, resolved=value is not None))


def _period_value(unit: str, direction: int, ctx: TextContext) -> str | None:
    unit = unit.lower()
    if unit.startswith("wochenende"):
        week = shifted_week(ctx.reference, direction)
        return f"{week}-WE" if week else None
    if unit.startswith("woche"):
        return shifted_week(ctx.reference, direction)
    if unit.startswith("monat"):
        return shifted_month(ctx.reference, direction)
    if unit.startswith("jahrzehnt"):
        year = shifted_year(ctx.reference, 10 * direction)
        return year[:3] if year else None
    if unit.startswith("quartal"):
        if ctx.reference.year is None or ctx.reference.month is None:
            return None
        index = ctx.reference.year * 4 + (ctx.reference.month - 1) // 3 + direction
        return f"{index // 4}-Q{index % 4 + 1}"
    return shifted_year(ctx.reference, direction)


_UNKNOWN_PERIOD = {"woche": "XXXX-WXX", "wochenende": "XXXX-WXX-WE", "monat": "XXXX-XX",
                   "quartal": "XXXX-QX", "jahrzehnt": "XXX"}


def relative_unit(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"vergangene Woche", "im kommenden Jahr", "nächstes Jahr", "Ende des vergangenen Jahres"."""
    direction = lexicon.RELATIVE_DIRECTION_WORDS[match.group("relative").lower()]
    unit = match.group("unit")
    value = _period_value(unit, direction, ctx)
    if value is None:
        stem = re.sub(r"(es|s)$", "", unit.lower())
        value = _UNKNOWN_PERIOD.get(stem, UNKNOWN_YEAR)
        resolved = False
    else:
        resolved = True
    position = match.group("position")
    mod = lexicon.POSITIONS.get(position.lower()) if position else None
    return single(make_timex(ctx, match.start(), match.end(), type=DATE, value=value, mod=mod,
                             resolved=resolved))


def position_of_unit(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"Ende des Jahres", "Anfang des Monats", "Mitte der Woche": the current period."""
    unit = match.group("unit")
    value = _period_value(unit, 0, ctx)
    mod = lexicon.POSITIONS[match.group("position").lower()]
    stem = re.sub(r"(es|s)$", "", unit.lower())
    timex = make_timex(ctx, match.start(), match.end(), type=DATE,
                       value=value or _UNKNOWN_PERIOD.get(stem, UNKNOWN_YEAR), mod=mod,
                       resolved=value is not None)
    return single(timex, anchor=ANCHOR_NARRATIVE_YEAR if stem == "jahr" else None)


def _weekday_date(weekday: int, relative: str | None, ctx: TextContext,
                  position: int) -> dt.date | None:
    today = ctx.reference.date
    if today is None:
        return None
    if relative is None:
        return resolve_weekday(weekday, ctx.reference, ctx.tense_at(position))
    relative = relative.lower()
    back = (today.isoweekday() - weekday) % 7
    forward = (weekday - today.isoweekday()) % 7
    if relative in {"gestrigen"}:
        return today - dt.timedelta(days=1)
    if relative in {"morgigen"}:
        return today + dt.timedelta(days=1)
    direction = lexicon.RELATIVE_DIRECTION_WORDS.get(relative, 0)
    if direction < 0:
        return today - dt.timedelta(days=back or 7)
    if direction > 0:
        return today + dt.timedelta(days=forward or 7)
    return today + dt.timedelta(days=forward)


def weekday(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"am Donnerstag", "vergangenen Samstag", "Dienstagabend" (a TIME), not "Thomas Freitag"."""
    relative = match.group("relative")
    if not relative:
        before = ctx.word_before(match.start())
        if (before[:1].isupper() and before.lower() not in WEEKDAY_CUE_WORDS
                and not ctx.starts_sentence(match.start())):
            return None
        if ctx.text[match.end():match.end() + 1] == "-" or ctx.char_before(match.start()) == "-":
            return None  # "Herz-Jesu-Sonntag", "Freitag-Gebet": part of a compound
    number = lexicon.WEEKDAYS[match.group("weekday").lower()]
    if not relative and ctx.word_before(match.start()).lower() == "heutigen":
        date = ctx.reference.date  # "am heutigen Samstag": the article's day
    else:
        date = _weekday_date(number, relative, ctx, match.start())
    value = date.isoformat() if date else f"XXXX-WXX-{number}"
    part = match.group("part")
    if part:
        return single(make_timex(ctx, match.start(), match.end(), type=TIME,
                                 value=f"{value}T{lexicon.DAY_PARTS[part.lower()]}",
                                 resolved=date is not None))
    return single(make_timex(ctx, match.start(), match.end(), type=DATE, value=value,
                             resolved=date is not None))


def weekend(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"am Wochenende" -> the weekend of the article's week, "vergangenes Wochenende"."""
    relative = match.group("relative")
    if not relative and ctx.word_before(match.start()).lower() not in WEEKEND_CUE_WORDS:
        return None
    direction = lexicon.RELATIVE_DIRECTION_WORDS.get(relative.lower(), 0) if relative else 0
    today = ctx.reference.date
    if today is None:
        return single(make_timex(ctx, match.start(), match.end(), type=DATE,
                                 value="XXXX-WXX-WE", resolved=False))
    week = format_week(today + dt.timedelta(weeks=direction))
    return single(make_timex(ctx, match.start(), match.end(), type=DATE, value=f"{week}-WE"))


def reference_word(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"jetzt", "derzeit", "damals", "in der Zukunft", "vor kurzem": PRESENT/PAST/FUTURE_REF."""
    word = normalise_spaces(match.group("word"))
    if word.startswith("der "):
        word = word[4:]
    if word in lexicon.REFERENCE_NOUNS:
        before = [w.lower() for w in ctx.words_before(match.start(), 2)]
        if not before or before[-1] not in {"in", "für", "der"}:
            return None
    if word.startswith("heutig") and (ctx.word_after(match.end()).lower() in lexicon.WEEKDAYS
                                      or ctx.word_after(match.end()) == "Tag"):
        return None  # "am heutigen Samstag" is the weekday's expression
    value = lexicon.REFERENCE_WORDS.get(word)
    if value is None:
        return None
    return single(make_timex(ctx, match.start(), match.end(), type=DATE, value=value))


def day_part(match: re.Match[str], ctx: TextContext) -> Candidate | None:
    """"am Nachmittag", "gegen Abend", "in der Nacht": a part of the day last mentioned."""
    before = [w.lower() for w in ctx.words_before(match.start(), 2)]
    if not before:
        return None
    if not (before[-1] in {"am", "gegen"} or before[-2:] == ["in", "der"]):
        return None
    code = lexicon.DAY_PARTS[match.group("part").lower()]
    timex = make_timex(ctx, match.start(), match.end(), type=TIME, value=f"T{code}")
    return single(timex, anchor=ANCHOR_DAY_PART)
