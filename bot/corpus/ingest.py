"""Processing one article's text: cleaning, metadata inference, segmentation, extractions.

This is the work done once per article content; :mod:`bot.corpus.cache` keeps its result on
disk so a restart does not redo it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from bot.code_fingerprint import source_digest
from bot.corpus.cleaning import clean
from bot.corpus.metadata import infer_metadata
from bot.corpus.model import ArticleMetadata, Paragraph
from bot.corpus.segment import segment

_log = logging.getLogger(__name__)
# The code and data that shape a processed article; a change to any of them invalidates the cache.
PIPELINE_FILES = ("corpus/*.py", "quotes/*.py", "quotes/data/*", "dates/*.py", "nlp.py", "lemmas.py")
PIPELINE_FINGERPRINT = source_digest(PIPELINE_FILES)


@dataclass
class ProcessedArticle:
    """Everything computed from one article's text (independent of its file name)."""

    inferred: dict[str, str | None]
    paragraphs: list[Paragraph]
    quotes: list[Any] = field(default_factory=list)
    timexes: list[Any] = field(default_factory=list)
    person_roles: dict[str, list[str]] = field(default_factory=dict)


def _extract_quotes_and_persons(text: str) -> tuple[list[Any], dict[str, list[str]]]:
    from bot.quotes.extract import extract_quotes_and_persons  # imported on first use: start-up stays light

    return extract_quotes_and_persons(text)


def _extract_timexes(text: str, reference_date: str | None) -> list[Any]:
    from bot.dates.tagger import tag_dates  # imported on first use: start-up stays light

    return tag_dates(text, reference_date)


def process_text(text: str, overrides: dict[str, Any] | None = None) -> ProcessedArticle:
    """Clean, segment and analyse one article.

    Args:
        text: the article file's text.
        overrides: the article's entry of the metadata file; its ``date`` anchors relative dates.

    Returns:
        The processed article (paragraph and extraction spans index into ``text``).
    """
    cleaning = clean(text)
    inferred = infer_metadata(text, cleaning)
    paragraphs = segment(text, cleaning.blocks)
    metadata = ArticleMetadata(**inferred).merged_with(overrides or {})
    quotes, person_roles = _extract_quotes_and_persons(text)
    return ProcessedArticle(
        inferred=inferred,
        paragraphs=paragraphs,
        quotes=quotes,
        timexes=_extract_timexes(text, metadata.date),
        person_roles=person_roles,
    )
