"""Candidate expressions found by the rules and the choice among overlapping ones."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from bot.dates.context import TextContext
from bot.dates.model import Timex

_log = logging.getLogger(__name__)

# How an expression's value still depends on the text before it: a clock time takes the day
# last mentioned ("am Freitag ... um 9 Uhr"), "am Nachmittag" likewise, "am Vortag" is one day
# before it.
ANCHOR_TIME = "time"
ANCHOR_DAY_PART = "day_part"
ANCHOR_DAY_OFFSET = "day_offset"
# A month or day without a year ("im April") right after an expression with an explicit other
# year ("im März 1992") belongs to that year, not to the article's.
ANCHOR_NARRATIVE_YEAR = "narrative_year"


@dataclass(frozen=True)
class Found:
    """One expression plus what its value still waits for."""

    timex: Timex
    anchor: str | None = None
    offset_days: int = 0


@dataclass
class Candidate:
    """What one rule match proposes: one or more expressions covering ``start``..``end``."""

    start: int
    end: int
    found: list[Found] = field(default_factory=list)
    priority: int = 0


def make_timex(
    ctx: TextContext,
    start: int,
    end: int,
    *,
    type: str,
    value: str,
    mod: str | None = None,
    resolved: bool = True,
    range_end: str | None = None,
    parts: tuple[Timex, ...] = (),
) -> Timex:
    """Build a Timex whose text is cut from the analysed text (trailing spaces trimmed).

    Args:
        ctx: The text context.
        start: Span start.
        end: Span end (exclusive).
        type: TIMEX3 type.
        value: TIMEX3 value.
        mod: TIMEX3 modifier.
        resolved: False when the value carries placeholders for an unknown article date.
        range_end: End value of a closed range.
        parts: Component expressions of a closed range.

    Returns:
        The Timex.
    """
    while end > start and ctx.text[end - 1].isspace():
        end -= 1
    return Timex(start=start, end=end, text=ctx.text[start:end], type=type, value=value,
                 mod=mod, range_end=range_end, resolved=resolved, parts=parts)


def single(timex: Timex, *, anchor: str | None = None, offset_days: int = 0) -> Candidate:
    """Wrap one Timex as a Candidate."""
    return Candidate(start=timex.start, end=timex.end,
                     found=[Found(timex=timex, anchor=anchor, offset_days=offset_days)])


def select_non_overlapping(candidates: list[Candidate]) -> list[Found]:
    """Keep the longest candidates that do not overlap, earlier rules winning ties.

    Args:
        candidates: All candidates of all rules, with ``priority`` = rule order.

    Returns:
        The kept expressions, sorted by start.
    """
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken: list[tuple[int, int]] = []
    kept: list[Candidate] = []
    for candidate in ordered:
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        taken.append((candidate.start, candidate.end))
        kept.append(candidate)
    found = [f for candidate in kept for f in candidate.found]
    return sorted(found, key=lambda f: f.timex.start)


_SPACES = re.compile(r"\s+")


def normalise_spaces(text: str) -> str:
    """Return ``text`` lower-cased with runs of white space collapsed (for table look-ups)."""
    return _SPACES.sub(" ", text).strip().lower()
