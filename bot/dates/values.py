"""The one reader of TIMEX3 date values: what shape a value has and which days it covers.

A TIMEX3 date value names a stretch of time at some precision ("2009-12-17", "2009-12",
"2008-SU", "2010-W08", "2010-Q1", "198" for the 1980s, "19" for the 20th century); ``XXXX``
stands for an unknown year. Labels (``bot.dates.labels``) and timeline order
(``bot.timeline``) both read values through this module.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("day", re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")),
    ("month", re.compile(r"^(\d{4}|XXXX)-(\d{2})$")),
    ("year", re.compile(r"^(\d{4})$")),
    ("season", re.compile(r"^(\d{4}|XXXX)-(SP|SU|FA|AU|WI)$")),
    ("decade", re.compile(r"^(\d{3})$")),
    ("century", re.compile(r"^(\d{2})$")),
    ("week", re.compile(r"^(\d{4}|XXXX)-W(\d{2}|XX)(-WE)?$")),
    ("quarter", re.compile(r"^(\d{4}|XXXX)-([QH])(\d|X)$")),
    ("weekday", re.compile(r"^XXXX-WXX-(\d)$")),
)
# Months each part of a year covers (winter runs into the next year: 12 to 14).
_PART_MONTHS = {
    "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14),
    "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12),
}


@dataclass(frozen=True)
class DateShape:
    """A date value taken apart: its precision (``"day"``, ``"month"``, ...) and its fields."""

    precision: str
    fields: tuple[str | None, ...]


def date_shape(value: str) -> DateShape | None:
    """Return the shape of a TIMEX3 date value (without a time part), or ``None`` if unknown.

    >>> date_shape("2008-SU")
    DateShape(precision='season', fields=('2008', 'SU'))
    """
    for precision, pattern in _SHAPES:
        if match := pattern.match(value):
            return DateShape(precision, match.groups())
    return None


def _month_range(year: int, first: int, last: int) -> tuple[date, date]:
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def value_interval(value: str) -> tuple[date, date] | None:
    """Return the first and last day a TIMEX3 date value covers, or ``None`` if it has no place in time.

    >>> value_interval("2008-SU")
    (datetime.date(2008, 6, 1), datetime.date(2008, 8, 31))
    """
    value = value.split("T", 1)[0]
    shape = date_shape(value)
    if shape is None or "X" in value:
        return None
    fields = shape.fields
    try:
        if shape.precision == "day":
            day = date(int(fields[0]), int(fields[1]), int(fields[2]))
            return day, day
        if shape.precision == "month":
            month = int(fields[1])
            return _month_range(int(fields[0]), month, month)
        if shape.precision in ("season", "quarter"):
            part = fields[1] if shape.precision == "season" else f"{fields[1]}{fields[2]}"
            months = _PART_MONTHS.get(part)
            return _month_range(int(fields[0]), *months) if months else None
        if shape.precision == "week" and not fields[2]:
            year, week = int(fields[0]), int(fields[1])
            return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
        if shape.precision == "year":
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if shape.precision == "decade":
            return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
        if shape.precision == "century":
            return date(int(value) * 100 + 1 if int(value) else 1, 1, 1), date(int(value) * 100 + 100, 12, 31)
    except ValueError:
        return None
    return None
