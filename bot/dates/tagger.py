"""The public entry point: ``tag_dates(text, reference_date)``.

Pipeline: every rule proposes candidates -> the longest non-overlapping ones are kept ->
neighbouring dates forming a range are joined, open ranges marked -> values that depend on
the day last mentioned (clock times, "am Nachmittag", "am Vortag") are anchored, in text order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re

from bot.dates.candidates import (
    ANCHOR_DAY_OFFSET, ANCHOR_DAY_PART, ANCHOR_NARRATIVE_YEAR, ANCHOR_TIME, Found,
    select_non_overlapping,
)
from bot.dates.context import TextContext
from bot.dates.model import DATE, Timex
from bot.dates.normalize import UNKNOWN_DAY, parse_reference
from bot.dates.ranges import mark_open_ranges, merge_ranges
from bot.dates.rules import find_candidates

_log = logging.getLogger(__name__)

_EXPLICIT_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def tag_dates(text: str, reference_date: str | None = None) -> list[Timex]:
    """Find and normalise the temporal expressions of a German text.

    Args:
        text: The text (an article, a sentence).
        reference_date: The article's date as ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``, or
            None when unknown. Expressions that need a finer reference than given stay
            unresolved (``Timex.resolved`` False, ``X`` placeholders in the value).

    Returns:
        The expressions sorted by start offset; closed ranges are one Timex with ``parts``.
    """
    if not text:
        return []
    reference = parse_reference(reference_date)
    ctx = TextContext(text=text, reference=reference)
    found = select_non_overlapping(find_candidates(ctx))
    found = mark_open_ranges(merge_ranges(found, ctx), ctx)
    return _anchor(found, ctx)


def _narrative_year(timex: Timex, explicit_year: tuple[int, str] | None,
                    ctx: TextContext) -> Timex:
    """Give a yearless month or day the explicit year of the previous or same sentence."""
    if explicit_year is None:
        return timex
    position, year = explicit_year
    sentence_start, _ = ctx.sentence_bounds(timex.start)
    previous_start, _ = ctx.sentence_bounds(max(0, sentence_start - 2))
    if position < previous_start or timex.value.startswith(year):
        return timex
    return dataclasses.replace(timex, value=year + timex.value[4:], resolved=True)


def _anchor(found: list[Found], ctx: TextContext) -> list[Timex]:
    """Resolve the anchored values in text order against the day or year last mentioned."""
    reference_day = ctx.reference.date
    last_day: dt.date | None = None
    last_day_start = -1
    explicit_year: tuple[int, str] | None = None
    result: list[Timex] = []
    for item in found:
        timex = item.timex
        if item.anchor == ANCHOR_NARRATIVE_YEAR:
            timex = _narrative_year(timex, explicit_year, ctx)
        elif item.anchor == ANCHOR_TIME:
            # A clock time belongs to a day named in its own sentence, else to the article's day.
            base = last_day if last_day_start >= ctx.sentence_bounds(timex.start)[0] else None
            base = base or reference_day
            if base is not None:
                timex = dataclasses.replace(timex, value=base.isoformat() + timex.value)
            else:
                timex = dataclasses.replace(timex, resolved=False)  # clock known, day not
        elif item.anchor in (ANCHOR_DAY_PART, ANCHOR_DAY_OFFSET):
            base = last_day or reference_day
            if base is None:
                timex = dataclasses.replace(timex, value=UNKNOWN_DAY + (timex.value or ""),
                                            resolved=False)
            else:
                day = base + dt.timedelta(days=item.offset_days)
                timex = dataclasses.replace(timex, value=day.isoformat() + (timex.value or ""))
        day_match = _DAY_VALUE.match(timex.range_end or timex.value)
        if day_match and timex.resolved and item.anchor != ANCHOR_DAY_OFFSET:
            try:
                last_day = dt.date(*(int(g) for g in day_match.groups()))
            except ValueError:  # "86. Juli" is no date at all: drop it rather than fail the article
                continue
            last_day_start = timex.start
        year_match = _EXPLICIT_YEAR.search(timex.text)
        if year_match and timex.type == DATE:
            explicit_year = (timex.start, (timex.range_end or timex.value)[:4])
        result.append(timex)
    return result
