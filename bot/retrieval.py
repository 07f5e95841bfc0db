"""BM25 retrieval behind a small interface, so the engine can be swapped without touching callers.

``RankBM25Retriever`` wraps ``rank-bm25`` (BM25Okapi) and is the reference scorer: any faster
engine must rank the seed corpus identically (a test checks it).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import NamedTuple, Protocol

import numpy as np
from rank_bm25 import BM25Okapi

_log = logging.getLogger(__name__)


# The one term of a passage without terms (rank-bm25 cannot index an empty document).
EMPTY_PASSAGE_TERM = "\u2205"

class ScoredPassage(NamedTuple):
    """A retrieved passage: its index in the indexed sequence and its BM25 score."""

    index: int
    score: float


class Retriever(Protocol):
    """What the core needs from a retrieval engine."""

    def search(self, query_terms: Sequence[str], limit: int) -> list[ScoredPassage]:
        """Return up to ``limit`` passages with a positive score, best first (ties: lower index first)."""
        ...

    def vocabulary(self) -> set[str]:
        """Return every term that occurs in the indexed passages."""
        ...


class RankBM25Retriever:
    """The reference engine: ``rank_bm25.BM25Okapi`` over pre-analysed passages.

    Args:
        passages_terms: the analysed terms of each passage, in index order.
    """

    def __init__(self, passages_terms: Iterable[Sequence[str]]) -> None:
        passages_terms = [list(terms) for terms in passages_terms]
        self._size = len(passages_terms)
        documents = [terms or [EMPTY_PASSAGE_TERM] for terms in passages_terms]
        self._engine = BM25Okapi(documents) if documents else None
        self._vocabulary = {term for terms in passages_terms for term in terms}

    def search(self, query_terms: Sequence[str], limit: int) -> list[ScoredPassage]:
        """Score every passage for ``query_terms`` and return the best ``limit`` (score > 0)."""
        terms = [t for t in dict.fromkeys(query_terms) if t in self._vocabulary]
        if self._engine is None or not terms or limit <= 0:
            return []
        scores = self._engine.get_scores(terms)
        order = np.lexsort((np.arange(self._size), -scores))
        return [ScoredPassage(int(i), float(scores[i])) for i in order[:limit] if scores[i] > 0]

    def vocabulary(self) -> set[str]:
        """Return every term of the indexed passages."""
        return self._vocabulary
