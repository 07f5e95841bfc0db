"""German temporal tagger: TIMEX3 expressions (DATE, TIME, DURATION, SET) with normalised values.

Use ``tag_dates(text, reference_date)`` to find expressions, ``human_label`` and
``precision_of`` to show them.
"""

from bot.dates.labels import human_label, precision_of
from bot.dates.model import Timex
from bot.dates.tagger import tag_dates

__all__ = ["Timex", "human_label", "precision_of", "tag_dates"]
