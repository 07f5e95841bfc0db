"""The rule table: which pattern is handled by which builder, in priority order.

When two matches overlap the longer one wins; on equal length the rule listed first wins.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.dates import patterns, rules_amounts, rules_calendar, rules_relative
from bot.dates.candidates import Candidate
from bot.dates.context import TextContext

_log = logging.getLogger(__name__)

Builder = Callable[[re.Match[str], TextContext], Candidate | None]


@dataclass(frozen=True)
class Rule:
    """A pattern and the function turning each of its matches into a candidate."""

    name: str
    pattern: re.Pattern[str]
    build: Builder


RULES: tuple[Rule, ...] = (
    Rule("numeric_date", patterns.NUMERIC_DATE, rules_calendar.numeric_date),
    Rule("day_list", patterns.DAY_LIST, rules_calendar.day_list),
    Rule("day_month", patterns.DAY_MONTH, rules_calendar.day_month),
    Rule("month_year", patterns.MONTH_YEAR, rules_calendar.month_year),
    Rule("century", patterns.CENTURY, rules_calendar.century),
    Rule("decade", patterns.DECADE, rules_calendar.decade),
    Rule("quarter", patterns.QUARTER, rules_calendar.quarter),
    Rule("year_span", patterns.YEAR_SPAN, rules_calendar.year_span),
    Rule("season", patterns.SEASON_EXPRESSION, rules_calendar.season),
    Rule("holiday", patterns.HOLIDAY, rules_calendar.holiday),
    Rule("clock_time", patterns.CLOCK_TIME, rules_amounts.clock_time),
    Rule("set_every", patterns.SET_EVERY, rules_amounts.set_every),
    Rule("set_frequency", patterns.SET_FREQUENCY, rules_amounts.set_frequency),
    Rule("set_adverb", patterns.SET_ADVERB, rules_amounts.set_adverb),
    Rule("relative_unit", patterns.RELATIVE_UNIT, rules_relative.relative_unit),
    Rule("position_of_unit", patterns.POSITION_OF_UNIT, rules_relative.position_of_unit),
    Rule("weekday", patterns.WEEKDAY_EXPRESSION, rules_relative.weekday),
    Rule("weekend", patterns.WEEKEND, rules_relative.weekend),
    Rule("relative_day", patterns.RELATIVE_DAY, rules_relative.relative_day),
    Rule("anchored_day", patterns.ANCHORED_DAY, rules_relative.anchored_day),
    Rule("previous_period", patterns.PREVIOUS_PERIOD, rules_relative.previous_period),
    Rule("reference_word", patterns.REFERENCE_WORD, rules_relative.reference_word),
    Rule("duration", patterns.DURATION, rules_amounts.duration),
    Rule("duration_adjective", patterns.DURATION_ADJECTIVE, rules_amounts.duration_adjective),
    Rule("duration_bare_plural", patterns.DURATION_BARE_PLURAL, rules_amounts.duration_bare_plural),
    Rule("month_alone", patterns.MONTH_ALONE, rules_calendar.month_alone),
    Rule("year", patterns.YEAR_EXPRESSION, rules_calendar.year_expression),
    Rule("bare_clock_time", patterns.BARE_CLOCK_TIME, rules_amounts.bare_clock_time),
    Rule("day_part", patterns.DAY_PART, rules_relative.day_part),
)


def find_candidates(ctx: TextContext) -> list[Candidate]:
    """Run every rule over the text and return all accepted candidates.

    Args:
        ctx: The text context (text and reference date).

    Returns:
        Candidates with ``priority`` set to the rule's position in ``RULES``.
    """
    candidates: list[Candidate] = []
    for priority, rule in enumerate(RULES):
        for match in rule.pattern.finditer(ctx.text):
            candidate = rule.build(match, ctx)
            if candidate is not None and candidate.found:
                candidate.priority = priority
                candidates.append(candidate)
    return candidates
