"""Human-readable English labels and the precision of a Timex, for timelines and JSON answers."""

from __future__ import annotations

import logging
import re

from bot import messages
from bot.dates.model import DURATION, SET, TIME, Timex
from bot.dates.values import date_shape

_log = logging.getLogger(__name__)

_MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_WEEKDAY_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SEASON_NAMES = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}
_DAY_PART_NAMES = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
                   "NI": "night"}
_REFERENCE_NAMES = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_UNIT_NAMES = {"Y": "year", "M": "month", "W": "week", "D": "day", "WE": "weekend",
               "DE": "decade", "CE": "century", "H": "hour", "S": "second"}
_TIME_UNIT_NAMES = {"H": "hour", "M": "minute", "S": "second"}
_MOD_PREFIX = {"START": "early ", "MID": "mid-", "END": "late ", "APPROX": "about ",
               "ON_OR_AFTER": "since ", "ON_OR_BEFORE": "until ", "MORE_THAN": "more than ",
               "LESS_THAN": "almost ", "EQUAL_OR_MORE": "at least ", "EQUAL_OR_LESS": "at most "}

_DURATION = re.compile(r"^P(T?)(\d+(?:\.\d+)?|X)(WE|DE|CE|[YMWDHS])$")


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _year_text(year: str) -> str:
    return "" if year == "XXXX" else f" {year}"


def _calendar_label(value: str) -> str | None:
    """Label of a DATE value, or None when its shape is not known."""
    if value in _REFERENCE_NAMES:
        return _REFERENCE_NAMES[value]
    shape = date_shape(value)
    if shape is None:
        return None
    fields = shape.fields
    if shape.precision == "day":
        year, month, day = fields
        return f"{int(day)} {_MONTH_NAMES[int(month)]}{_year_text(year)}"
    if shape.precision == "month":
        return f"{_MONTH_NAMES[int(fields[1])]}{_year_text(fields[0])}"
    if shape.precision == "year":
        return value
    if shape.precision == "season":
        return f"{_SEASON_NAMES[fields[1]]}{_year_text(fields[0])}"
    if shape.precision == "decade":
        return f"{value}0s"
    if shape.precision == "century":
        return f"{_ordinal(int(value) + 1)} century"
    if shape.precision == "week":
        year, week, weekend = fields
        base = f"week {int(week)}" if week != "XX" else "a week"
        return ("weekend of " if weekend else "") + base + ("" if year == "XXXX" else f" of {year}")
    if shape.precision == "quarter":
        year, kind, number = fields
        if kind == "Q":
            return f"Q{number}{_year_text(year)}"
        return f"{'first' if number == '1' else 'second'} half of{_year_text(year) or ' the year'}"
    return _WEEKDAY_NAMES[int(fields[0])]  # "weekday": a day of the week, date unknown


def _time_label(value: str) -> str:
    date_part, _, clock = value.partition("T")
    date_label = _calendar_label(date_part) if date_part else None
    if clock in _DAY_PART_NAMES:
        name = _DAY_PART_NAMES[clock]
        return f"{name} of {date_label}" if date_label else name
    return f"{date_label}, {clock}" if date_label else clock


def _duration_label(value: str) -> str:
    match = _DURATION.match(value)
    if not match:
        return value
    is_time, amount, unit = match.groups()
    name = _TIME_UNIT_NAMES[unit] if is_time else _UNIT_NAMES[unit]
    if amount == "X":
        return f"{name}s"
    number = float(amount)
    shown = f"{number:g}"
    return f"{shown} {name}" + ("" if number == 1 else "s")


def _set_label(value: str) -> str:
    weekday = date_shape(value[:10])
    if weekday is not None and weekday.precision == "weekday":
        rest = value[10:]
        part = _DAY_PART_NAMES.get(rest[1:], "") if rest.startswith("T") else ""
        return f"every {_WEEKDAY_NAMES[int(weekday.fields[0])]}" + (f" {part}" if part else "")
    if value == "XXXX-WXX-WD":
        return "on weekdays"
    if value.startswith("XXXX-XX-XXT"):
        return f"every {_DAY_PART_NAMES.get(value[11:], value[11:])}"
    duration = _duration_label(value)
    if duration.startswith("1 "):
        return "every " + duration[2:]
    return "every " + duration


def _unresolved_label(timex: Timex) -> str:
    """The label of an expression the article's date does not resolve: what is known of it,
    and what is not (the wording is the catalogue's: date L011, year L012, article date L013)."""
    value = timex.value
    base = _calendar_label(value.partition("T")[0]) if value else None
    shape = date_shape(value)
    if shape is not None and shape.precision in ("day", "month", "season"):
        if value.startswith("XXXX-XX-XX"):
            return messages.text("L011", when=timex.text)
        return messages.text("L012", when=base)
    if shape is not None and shape.precision == "weekday":
        return messages.text("L011", when=base)
    if timex.type == TIME and value.startswith("T"):
        return messages.text("L011", when=_time_label(value))
    return messages.text("L013", when=timex.text)


def human_label(timex: Timex) -> str:
    """Return an English label of ``timex`` at its real precision.

    Args:
        timex: An expression from ``tag_dates``.

    Returns:
        E.g. ``"17 December 2009"``, ``"Summer 2008"``, ``"June 2014 – April 2016"``,
        ``"1980s"``, ``"20th century"``, ``"mid-May 2021"``, ``"3 days"``, ``"every Monday"``,
        ``"unresolved: March (year unknown)"``.
    """
    if not timex.resolved:
        return _unresolved_label(timex)
    if timex.type == DURATION:
        label = _duration_label(timex.value)
    elif timex.type == SET:
        return _set_label(timex.value)
    elif timex.type == TIME:
        label = _time_label(timex.value)
    elif timex.range_end:
        first = _calendar_label(timex.value) or timex.value
        last = _calendar_label(timex.range_end) or timex.range_end
        return f"{first} – {last}"
    else:
        label = _calendar_label(timex.value) or timex.text
    prefix = _MOD_PREFIX.get(timex.mod or "", "")
    return prefix + label


def precision_of(timex: Timex) -> str:
    """Return how precisely ``timex`` places its event in time.

    Args:
        timex: An expression from ``tag_dates``.

    Returns:
        One of ``"day"``, ``"month"``, ``"year"``, ``"season"``, ``"quarter"``, ``"decade"``,
        ``"century"``, ``"week"``, ``"range"``, ``"approximate"``, ``"time"``, ``"duration"``,
        ``"set"``, ``"unresolved"``.
    """
    if not timex.resolved:
        return "unresolved"
    if timex.type == DURATION:
        return "duration"
    if timex.type == SET:
        return "set"
    if timex.type == TIME:
        return "time"
    if timex.range_end:
        return "range"
    value = timex.value
    if value in _REFERENCE_NAMES or timex.mod == "APPROX":
        return "approximate"
    shape = date_shape(value)
    if shape is None or shape.precision == "weekday":
        return "approximate"
    return shape.precision
