"""BM25Okapi over a term-major sparse matrix of precomputed weights.

Every (term, passage) weight is computed once at build time with exactly the float64
operations ``rank_bm25.BM25Okapi.get_scores`` performs, in the same order; a query then only
adds the weight rows of its terms, in query order. Passages a term does not occur in receive
``+0.0`` from rank-bm25, which changes nothing, so the scores are bit-for-bit those of the
reference engine and the ranking (ties included) is identical — at a cost proportional to the
postings of the query terms instead of to the size of the archive.
"""

from __future__ import annotations

import functools
import math
import operator
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence, Set
from typing import NamedTuple

import numpy as np

from bot.retrieval import EMPTY_PASSAGE_TERM, ScoredPassage

# rank_bm25.BM25Okapi defaults, and the placeholder the reference engine indexes for a
# passage without terms (it changes the average length, so it must be mirrored here).
K1 = 1.5
B = 0.75
EPSILON = 0.25


class PostingArrays(NamedTuple):
    """A built index as plain arrays (what :mod:`bot.index_store` writes and maps back).

    ``terms`` are in order of first appearance (term id = position); the postings of term
    ``t`` are ``passages[offsets[t]:offsets[t + 1]]`` (ascending) with their ``weights``.
    """

    terms: list[str]
    offsets: np.ndarray  # int64, len(terms) + 1
    passages: np.ndarray  # int32
    weights: np.ndarray  # float64
    size: int  # number of passages


class _Vocabulary(Set):
    """The indexed terms as a read-only set view (without the empty-passage placeholder)."""

    def __init__(self, term_ids: dict[str, int]) -> None:
        self._term_ids = term_ids

    def __contains__(self, term: object) -> bool:
        return term in self._term_ids and term != EMPTY_PASSAGE_TERM

    def __iter__(self) -> Iterator[str]:
        return (t for t in self._term_ids if t != EMPTY_PASSAGE_TERM)

    def __len__(self) -> int:
        return len(self._term_ids) - (EMPTY_PASSAGE_TERM in self._term_ids)


def build_postings(passages_terms: Iterable[Sequence[str]]) -> PostingArrays:
    """Build the weight matrix from each passage's analysed terms, consumed in one pass.

    Args:
        passages_terms: the terms of each passage in index order (an iterator is fine, so a
            caller need not hold every passage's terms at once).

    Returns:
        The postings with rank-bm25's BM25Okapi weights.
    """
    term_ids: dict[str, int] = {}
    posting_terms = array("i")
    posting_counts = array("i")
    unique_per_passage = array("i")
    lengths = array("q")
    for terms in passages_terms:
        if not terms:
            terms = (EMPTY_PASSAGE_TERM,)
        counts = Counter(terms)  # keeps first-occurrence order, like rank-bm25's dicts
        posting_terms.extend([term_ids.setdefault(t, len(term_ids)) for t in counts])
        posting_counts.extend(counts.values())
        unique_per_passage.append(len(counts))
        lengths.append(len(terms))
    size = len(lengths)
    terms_in_order = list(term_ids)
    if size == 0:
        return PostingArrays([], np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0), 0)
    term_column = np.frombuffer(posting_terms, dtype=np.int32)
    passage_column = np.repeat(np.arange(size, dtype=np.int32), np.frombuffer(unique_per_passage, dtype=np.int32))
    document_frequencies = np.bincount(term_column, minlength=len(terms_in_order))
    idf = _okapi_idf(document_frequencies.tolist(), size)
    passage_lengths = np.frombuffer(lengths, dtype=np.int64)
    average_length = int(passage_lengths.sum()) / size
    # the reference's expression, operation for operation (see rank_bm25.BM25Okapi.get_scores)
    length_norm = K1 * (1 - B + B * passage_lengths / average_length)
    frequency = np.frombuffer(posting_counts, dtype=np.int32).astype(np.int64)
    weights = frequency * (K1 + 1) / (frequency + length_norm[passage_column])
    weights = idf[term_column] * weights
    del frequency, length_norm
    order = np.argsort(term_column, kind="stable")  # term-major, passages ascending within a term
    offsets = np.zeros(len(terms_in_order) + 1, dtype=np.int64)
    np.cumsum(document_frequencies, out=offsets[1:])
    return PostingArrays(terms_in_order, offsets, passage_column[order], weights[order], size)


def _okapi_idf(document_frequencies: list[int], size: int) -> np.ndarray:
    """rank-bm25's idf: ln((N − n + 0.5)/(n + 0.5)) with math.log, negatives → ε · mean idf."""
    idf = [math.log(size - n + 0.5) - math.log(n + 0.5) for n in document_frequencies]
    average = functools.reduce(operator.add, idf, 0) / len(idf)  # plain left-to-right sum, as rank-bm25
    floor = EPSILON * average
    return np.array([floor if value < 0 else value for value in idf], dtype=np.float64)


class SparseBM25Retriever:
    """Fast BM25Okapi engine ranking exactly like :class:`bot.retrieval.RankBM25Retriever`.

    Args:
        passages_terms: the analysed terms of each passage, in index order.
    """

    def __init__(self, passages_terms: Iterable[Sequence[str]]) -> None:
        self._load(build_postings(passages_terms))

    @classmethod
    def from_arrays(cls, arrays: PostingArrays) -> "SparseBM25Retriever":
        """Return an engine over already built (e.g. memory-mapped) arrays."""
        engine = cls.__new__(cls)
        engine._load(arrays)
        return engine

    def _load(self, arrays: PostingArrays) -> None:
        self.arrays = arrays
        self._size = arrays.size
        self._term_ids = {term: position for position, term in enumerate(arrays.terms)}
        self._vocabulary = _Vocabulary(self._term_ids)

    def search(self, query_terms: Sequence[str], limit: int) -> list[ScoredPassage]:
        """Return up to ``limit`` passages with a positive score, best first (ties: lower index first)."""
        ids = [self._term_ids[t] for t in dict.fromkeys(query_terms) if t in self._vocabulary]
        if not ids or limit <= 0:
            return []
        offsets, passages, weights = self.arrays.offsets, self.arrays.passages, self.arrays.weights
        scores = np.zeros(self._size)
        for term_id in ids:
            start, end = offsets[term_id], offsets[term_id + 1]
            scores[passages[start:end]] += weights[start:end]
        candidates = np.flatnonzero(scores > 0)
        if len(candidates) > limit:
            # keep every passage scoring at least the limit-th best, so ties are decided by index
            kth = -np.partition(-scores[candidates], limit - 1)[limit - 1]
            candidates = candidates[scores[candidates] >= kth]
        order = np.lexsort((candidates, -scores[candidates]))[:limit]
        return [ScoredPassage(int(i), float(scores[i])) for i in candidates[order]]

    def vocabulary(self) -> Set[str]:
        """Return every term of the indexed passages (a set view, no copy)."""
        return self._vocabulary
