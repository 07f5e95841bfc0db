"""The value type every part of the date tagger produces: one TIMEX3-style expression."""

from __future__ import annotations

import logging
from dataclasses import dataclass

_log = logging.getLogger(__name__)

DATE = "DATE"
TIME = "TIME"
DURATION = "DURATION"
SET = "SET"

# Open ranges ("seit 2014", "bis 2020") keep the year as value and say the direction in
# ``mod``; these are the TIMEX3 modifiers for "this point and everything after / before".
OPEN_AFTER = "ON_OR_AFTER"
OPEN_BEFORE = "ON_OR_BEFORE"


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text.

    Attributes:
        start: Character offset of the first character of the expression (prepositions such as
            "am", "im", "seit" stay outside, articles and adjectives such as "den", "vergangenen"
            are inside, as in the KRAUTS gold data).
        end: Offset one past the last character.
        text: ``text[start:end]`` of the analysed input.
        type: ``"DATE"``, ``"TIME"``, ``"DURATION"`` or ``"SET"``.
        value: Normalised TIMEX3 value, e.g. ``"2009-12-17"``, ``"2008-SU"``, ``"198"``,
            ``"P3D"``, ``"PRESENT_REF"``, ``"XXXX-03"`` (month known, year not).
        mod: ``"START"``, ``"MID"``, ``"END"``, ``"APPROX"`` or, for open ranges,
            ``"ON_OR_AFTER"`` ("seit 2014", "ab Mai") and ``"ON_OR_BEFORE"`` ("bis 2020").
            An intrinsic modifier ("seit Anfang März" -> ``"START"``) wins over the open-range one.
        range_end: For closed ranges ("zwischen Juni 2014 und April 2016") the value of the end;
            ``value`` then holds the beginning.
        resolved: False when the value needed the article date and it was unknown or too coarse;
            the value then carries ``X`` placeholders instead of a guessed year or day.
        parts: For a closed range, the two expressions it was built from (the gold data
            annotates them separately, so the evaluation scores the parts).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    range_end: str | None = None
    resolved: bool = True
    parts: tuple["Timex", ...] = ()
