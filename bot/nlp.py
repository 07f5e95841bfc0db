"""The shared spaCy pipeline for German sentence segmentation: ``spacy.blank("de")`` + sentencizer.

Trained German pipelines are not available here and nothing may download at run time, so
segmentation is rule-based; lemmas come from the lookup table of ``spacy-lookups-data``
(:mod:`bot.lemmas`).
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy takes 0.6 s to import: only processes that build articles pay for it
    from spacy.language import Language

_log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def german_sentence_splitter() -> Language:
    """Return a blank German pipeline with only the rule-based sentencizer (fast segmentation)."""
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp
