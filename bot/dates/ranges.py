"""Ranges: "zwischen Juni 2014 und April 2016", "von 1979 bis 1989", "1898-1976" become one
DATE with ``value`` = begin and ``range_end`` = end; open ranges ("seit 2014", "ab Mai",
"bis 2020") keep their value and get the TIMEX3 modifier ``ON_OR_AFTER`` / ``ON_OR_BEFORE``.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from bot.dates.candidates import Found
from bot.dates.context import TextContext
from bot.dates.model import DATE, OPEN_AFTER, OPEN_BEFORE, Timex

_log = logging.getLogger(__name__)

_CALENDAR_VALUE = re.compile(r"^(?:\d{2,4}|XXXX)(?:-|$)")
_BETWEEN_CONNECTOR = re.compile(r"^\s*und\s*$")
_FROM_CONNECTOR = re.compile(r"^\s*(?:bis(?:\s+(?:zum|zur|in\s+den|in\s+die))?|-|–)\s*$")
_DASH_CONNECTOR = re.compile(r"^\s*[-–]\s*$")
_OPEN_AFTER_BEFORE = re.compile(r"(?:\b(?:[Ss]eit|[Aa]b)(?:\s+(?:dem|den|der))?)\s*$")
_OPEN_BEFORE_BEFORE = re.compile(r"(?:\b[Bb]is(?:\s+(?:zum|zur|in\s+den|in\s+die))?)\s*$")


def _is_calendar(timex: Timex) -> bool:
    return timex.type == DATE and not timex.range_end and bool(_CALENDAR_VALUE.match(timex.value))


def _merge(first: Timex, second: Timex, ctx: TextContext) -> Timex:
    return Timex(start=first.start, end=second.end, text=ctx.text[first.start:second.end],
                 type=DATE, value=first.value, range_end=second.value,
                 resolved=first.resolved and second.resolved, parts=(first, second))


def merge_ranges(found: list[Found], ctx: TextContext) -> list[Found]:
    """Join neighbouring dates that the text presents as one range.

    Args:
        found: Expressions sorted by start.
        ctx: The text context.

    Returns:
        The expressions with ranges merged, still sorted.
    """
    merged: list[Found] = []
    index = 0
    while index < len(found):
        current = found[index]
        if index + 1 < len(found):
            following = found[index + 1]
            first, second = current.timex, following.timex
            if _is_calendar(first) and _is_calendar(second):
                between = ctx.text[first.end:second.start]
                opener = ctx.word_before(first.start).lower()
                if ((opener == "zwischen" and _BETWEEN_CONNECTOR.match(between))
                        or (opener in {"von", "vom"} and _FROM_CONNECTOR.match(between))
                        or (_DASH_CONNECTOR.match(between) and len(first.value) == len(second.value))):
                    merged.append(Found(_merge(first, second, ctx)))
                    index += 2
                    continue
        merged.append(current)
        index += 1
    return merged


def mark_open_ranges(found: list[Found], ctx: TextContext) -> list[Found]:
    """Give "seit/ab X" the mod ON_OR_AFTER and "bis X" ON_OR_BEFORE (unless X has a mod).

    Args:
        found: Expressions sorted by start.
        ctx: The text context.

    Returns:
        The same expressions, open ranges marked.
    """
    marked: list[Found] = []
    for item in found:
        timex = item.timex
        if _is_calendar(timex) and timex.mod is None:
            before = ctx.text[max(0, timex.start - 20):timex.start]
            if _OPEN_AFTER_BEFORE.search(before):
                timex = dataclasses.replace(timex, mod=OPEN_AFTER)
            elif _OPEN_BEFORE_BEFORE.search(before):
                timex = dataclasses.replace(timex, mod=OPEN_BEFORE)
        marked.append(dataclasses.replace(item, timex=timex))
    return marked
