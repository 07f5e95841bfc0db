"""A cheap guess of a sentence's tense, used to place months and weekdays before or after
the article date. German news reports the past in Präteritum or Perfekt and announces the
future with "werden", modal verbs or time adverbs; nothing finer is needed here.
"""

from __future__ import annotations

import enum
import logging
import re

_log = logging.getLogger(__name__)


class Tense(enum.Enum):
    """What the sentence says about when its event is."""

    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


_PAST_AUXILIARIES = re.compile(
    r"\b(?:war|waren|warst|wurde|wurden|hatte|hatten|gab|kam|kamen|fand|fanden|ging|gingen|"
    r"stand|standen|sagte|sagten|erklärte|meinte|betonte|berichtete|teilte|gewann|verlor|"
    r"starb|lag|lagen|blieb|blieben|zog|wollte|wollten|konnte|konnten|musste|mussten|"
    r"sollte|sollten|gestern|vergangenen|vergangene|vorigen|damals|sprach|sprachen|fiel|"
    r"fielen|gewannen|hielt|hielten|stieg|sank|traf|trafen|begann|begannen|setzte|zeigte|"
    r"nahm|nahmen|brachte|folgte|führte|erhielt|rief|wies|hieß|schoss|lief|fuhr|bekam|"
    r"entschied|beschloss|wählte|endete|feierte|holte|landete|siegte|belegte|sicherte)\b"
)
# Perfekt / Plusquamperfekt: an auxiliary and, at the end of the clause, a participle.
_PERFECT = re.compile(
    r"\b(?:hat|haben|habe|hatte|hatten|ist|sind|sei|seien|war|waren)\b"
    r"(?:.*\b(?:\w*ge\w+(?:t|en)|\w+iert)\s*$|.*\b\w+(?:t|en)\s*$)"
)
_FUTURE_MARKERS = re.compile(
    r"\b(?:wird|werden|werde|wirst|soll|sollen|will|plant|planen|geplant|kommenden|"
    r"kommende|nächsten|nächste|nächstes|morgen|übermorgen|künftig|demnächst|bald|"
    r"voraussichtlich|findet|finden|beginnt|startet|lädt|laden|stattfinden|bevorstehend\w*)\b"
)


def guess_tense(sentence: str) -> Tense:
    """Guess whether ``sentence`` speaks about the past or the future.

    Args:
        sentence: One sentence of German text.

    Returns:
        ``Tense.FUTURE`` when future markers are present and no past ones, ``Tense.PAST`` when
        past markers are, ``Tense.UNKNOWN`` otherwise. Scheduled events in the present
        ("findet am Freitag statt") count as future, as they do in announcements.
    """
    past = bool(_PAST_AUXILIARIES.search(sentence) or _PERFECT.search(sentence.rstrip(" .!?\"“”")))
    future = bool(_FUTURE_MARKERS.search(sentence))
    if past and not future:
        return Tense.PAST
    if future and not past:
        return Tense.FUTURE
    return Tense.UNKNOWN
