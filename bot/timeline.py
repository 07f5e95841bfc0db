"""Timelines: dated events from TIMEX3 values, ordered by time, duplicates merged.

A TIMEX3 value names a stretch of time at some precision ("2009-12-17", "2009-12", "2008-SU",
"198" for the 1980s, "19" for the 20th century). For ordering, each value is turned into the
first and last day it covers; values with ``X`` placeholders (year unknown) have no place in
time and are listed after the dated events.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_QUARTERS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}
_HALVES = {"H1": (1, 6), "H2": (7, 12)}


def _month_range(year: int, first: int, last: int) -> tuple[date, date]:
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def value_interval(value: str) -> tuple[date, date] | None:
    """Return the first and last day a TIMEX3 date value covers, or ``None`` if it has no place in time.

    >>> value_interval("2008-SU")
    (datetime.date(2008, 6, 1), datetime.date(2008, 8, 31))
    """
    value = value.split("T", 1)[0]
    if "X" in value or not value[:2].isdigit():
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value)
            return day, day
        if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
            month = int(match.group(2))
            return _month_range(int(match.group(1)), month, month)
        if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])", value):
            part = match.group(2)
            first, last = (_SEASONS | _QUARTERS | _HALVES)[part]
            return _month_range(int(match.group(1)), first, last)
        if match := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
            return monday, date.fromisocalendar(int(match.group(1)), int(match.group(2)), 7)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if re.fullmatch(r"\d{3}", value):
            return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
        if re.fullmatch(r"\d{2}", value):
            return date(int(value) * 100 + 1 if int(value) else 1, 1, 1), date(int(value) * 100 + 100, 12, 31)
    except ValueError:
        return None
    return None


@dataclass
class TimelineEvent:
    """A dated statement: its date (value, label, precision), the sentence and where it stands.

    ``sources`` are the citations (the first is the main one); ``terms`` the analysed words of
    the sentence, used to recognise the same event reported twice.
    """

    value: str
    label: str
    precision: str
    range_end: str | None
    date_text: str
    terms: frozenset[str]
    payload: object
    sources: list[object] = field(default_factory=list)

    @property
    def interval(self) -> tuple[date, date] | None:
        """The days the event's date covers (a range covers from its start to its end)."""
        begin = value_interval(self.value)
        if begin is None:
            return None
        if self.range_end and (end := value_interval(self.range_end)):
            return begin[0], end[1]
        return begin

    @property
    def dated(self) -> bool:
        """True if the event has a place in time."""
        return self.interval is not None


def _similar(first: frozenset[str], second: frozenset[str], threshold: float) -> bool:
    if not first or not second:
        return False
    return len(first & second) / min(len(first), len(second)) >= threshold


def merge_duplicates(events: list[TimelineEvent], *, threshold: float = 0.5) -> list[TimelineEvent]:
    """Merge events with the same date value whose sentences share most of their words.

    The kept event gathers the sources of the ones merged into it.
    """
    kept: list[TimelineEvent] = []
    for event in events:
        twin = next(
            (k for k in kept if k.value == event.value and k.range_end == event.range_end and _similar(k.terms, event.terms, threshold)),
            None,
        )
        if twin is None:
            kept.append(event)
        else:
            twin.sources.extend(event.sources)
    return kept


def chronological(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """Order events by the start of their date, coarser dates first on ties; undated events last."""
    dated = [e for e in events if e.dated]
    undated = [e for e in events if not e.dated]
    dated.sort(key=lambda e: (e.interval[0], -(e.interval[1] - e.interval[0]).days))
    return dated + undated
