"""The one shared German spaCy pipeline: ``spacy.blank("de")`` plus rule-based components.

Trained German pipelines are not available here and nothing may download at run time, so
the pipeline is a blank German tokenizer with a sentencizer and the lookup lemmatizer whose
table ships in ``spacy-lookups-data``.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy takes 0.6 s to import: only processes that build articles pay for it
    from spacy.language import Language

_log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def german_pipeline() -> Language:
    """Return the process-wide German pipeline (tokenizer, sentencizer, lookup lemmatizer).

    Built once and cached; every module that needs spaCy calls this instead of loading its own.

    Returns:
        A ``spacy.blank("de")`` pipeline with ``sentencizer`` and a lookup ``lemmatizer``.
    """
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    _log.debug("German pipeline ready: %s", nlp.pipe_names)
    return nlp


@functools.lru_cache(maxsize=1)
def german_tokenizer_only() -> Language:
    """Return a blank German pipeline with no components, for fast tokenisation only."""
    import spacy

    return spacy.blank("de")


@functools.lru_cache(maxsize=1)
def german_sentence_splitter() -> Language:
    """Return a blank German pipeline with only the rule-based sentencizer (fast segmentation)."""
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp
