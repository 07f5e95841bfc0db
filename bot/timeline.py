"""Timelines: dated events from TIMEX3 values, ordered by time, duplicates merged.

A TIMEX3 value names a stretch of time at some precision ("2009-12-17", "2009-12", "2008-SU",
"198" for the 1980s, "19" for the 20th century). For ordering, each value is turned into the
first and last day it covers; values with ``X`` placeholders (year unknown) have no place in
time and are listed after the dated events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.dates.values import value_interval

__all__ = ["TimelineEvent", "chronological", "merge_duplicates"]


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
