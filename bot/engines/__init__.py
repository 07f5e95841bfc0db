"""Retrieval engines behind :class:`bot.retrieval.Retriever`, selectable by name.

``sparse`` (the default) scores with a precomputed BM25Okapi weight matrix and ranks exactly
like the reference ``rank-bm25`` engine, orders of magnitude faster on a large archive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from bot.engines.sparse_bm25 import SparseBM25Retriever
from bot.retrieval import RankBM25Retriever, Retriever

DEFAULT_ENGINE = "sparse"
ENGINES: dict[str, Callable[[Iterable[Sequence[str]]], Retriever]] = {
    "sparse": SparseBM25Retriever,
    "rank-bm25": RankBM25Retriever,
}


def engine_factory(name: str = DEFAULT_ENGINE) -> Callable[[Iterable[Sequence[str]]], Retriever]:
    """Return the factory of engine ``name`` (``sparse`` or ``rank-bm25``).

    Raises:
        KeyError: naming the known engines, if ``name`` is not one of them.
    """
    try:
        return ENGINES[name]
    except KeyError:
        raise KeyError(f"unknown engine {name!r}; known: {', '.join(ENGINES)}") from None
