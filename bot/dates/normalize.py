"""Anchoring relative expressions to the article date (the reference date).

Conventions (HeidelTime-style, documented once here):

* A month or day without a year ("im März", "am 21. Dezember") takes the year that fits the
  sentence's tense: past tense -> the latest such month not after the reference month,
  future tense -> the next one not before it, no clear tense -> the closest one (at most six
  months away), which for news is nearly always the reference year.
* A weekday ("am Donnerstag") is the one in the week around the reference day chosen the
  same way: past -> the latest one on or before the reference day, future -> the next one on or
  after it, no clear tense -> the closest one (past wins on a tie).
* The reference date may be known to the day, to the month or to the year only. Anything that
  needs a finer reference than available is *unresolved*: its value keeps ``X`` placeholders
  (``"XXXX-03"``, ``"XXXX-WXX-3"``, ``"XXXX-XX-XX"``) and nothing is guessed. A month-level
  reference ("2021-03") still resolves "im Juli" (year relation by tense) and "nächstes Jahr",
  but not "am Mittwoch" or "gestern".
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from bot.dates.tense import Tense

_log = logging.getLogger(__name__)

UNKNOWN_YEAR = "XXXX"
UNKNOWN_DAY = "XXXX-XX-XX"


@dataclass(frozen=True)
class Reference:
    """The article date at whatever precision it is known (all None when unknown)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        """The reference as a ``datetime.date`` when known to the day, else None."""
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None


_REFERENCE_FORMAT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_reference(reference_date: str | None) -> Reference:
    """Parse ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"`` (a time suffix is ignored).

    Args:
        reference_date: The article date, or None when unknown.

    Returns:
        A Reference; an unparseable string counts as unknown (and is logged).
    """
    if not reference_date:
        return Reference()
    match = _REFERENCE_FORMAT.match(reference_date.strip())
    if not match:
        _log.warning("Ignoring unparseable reference date %r", reference_date)
        return Reference()
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day:
            dt.date(year, month, day)  # type: ignore[arg-type]
    except ValueError:
        _log.warning("Ignoring invalid reference date %r", reference_date)
        return Reference()
    return Reference(year, month, day)


def format_week(day: dt.date) -> str:
    """Return the ISO week of ``day`` as TIMEX3 ``YYYY-Www``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None for impossible combinations such as 31 February."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def year_for_month(month: int, reference: Reference, tense: Tense) -> int | None:
    """Choose the year of a month mentioned without one (see the module docstring).

    Args:
        month: 1-12.
        reference: The article date; needs at least year and month to pick across a year
            boundary, the year alone is used as is.
        tense: Tense of the sentence the month appears in.

    Returns:
        The year, or None when the reference year is unknown.
    """
    if reference.year is None:
        return None
    if reference.month is None:
        return reference.year
    if tense is Tense.PAST:
        return reference.year if month <= reference.month else reference.year - 1
    if tense is Tense.FUTURE:
        return reference.year if month >= reference.month else reference.year + 1
    distance = month - reference.month
    if distance > 6:
        return reference.year - 1
    if distance < -6:
        return reference.year + 1
    return reference.year


def resolve_weekday(weekday: int, reference: Reference, tense: Tense) -> dt.date | None:
    """Return the date of a weekday mentioned without a date ("am Donnerstag").

    Args:
        weekday: ISO weekday, 1 = Monday.
        reference: The article date; must be known to the day.
        tense: Tense of the sentence.

    Returns:
        The date, or None when the reference day is unknown.
    """
    today = reference.date
    if today is None:
        return None
    back = (today.isoweekday() - weekday) % 7
    forward = (weekday - today.isoweekday()) % 7
    if tense is Tense.FUTURE:
        return today + dt.timedelta(days=forward)
    if tense is Tense.PAST or back <= forward:
        return today - dt.timedelta(days=back)
    return today + dt.timedelta(days=forward)


def shifted_day(reference: Reference, days: int) -> dt.date | None:
    """Return the reference day moved by ``days`` (None when the day is unknown)."""
    today = reference.date
    return None if today is None else today + dt.timedelta(days=days)


def shifted_month(reference: Reference, months: int) -> str | None:
    """Return ``YYYY-MM`` of the reference month moved by ``months`` (None when unknown)."""
    if reference.year is None or reference.month is None:
        return None
    index = reference.year * 12 + reference.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def shifted_year(reference: Reference, years: int) -> str | None:
    """Return ``YYYY`` of the reference year moved by ``years`` (None when unknown)."""
    return None if reference.year is None else f"{reference.year + years:04d}"


def shifted_week(reference: Reference, weeks: int) -> str | None:
    """Return the ISO week of the reference day moved by ``weeks`` (None when unknown)."""
    today = reference.date
    return None if today is None else format_week(today + dt.timedelta(weeks=weeks))


def easter_sunday(year: int) -> dt.date:
    """Return Western Easter Sunday of ``year`` (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = (h + el - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)
