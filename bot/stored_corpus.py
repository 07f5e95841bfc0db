"""Articles and passages read on demand from a stored index folder (memory-mapped files).

A restart must not unpickle a whole archive before it can answer: each article is rebuilt
from its record the first time a command touches it, and kept afterwards.
"""

from __future__ import annotations

import mmap
import pickle
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, overload

import numpy as np

from bot.corpus.model import Article

if TYPE_CHECKING:
    from bot.library import Passage


def map_file(path: Path) -> bytes | mmap.mmap:
    """Return a read-only memory map of ``path`` (``b""`` for an empty file, which cannot be mapped)."""
    with path.open("rb") as handle:
        if path.stat().st_size == 0:
            return b""
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


def encode_record(article: Article) -> bytes:
    """Return an article's stored record: everything but its text (stored apart, as UTF-8)."""
    return pickle.dumps(
        (article.file, article.digest, article.metadata, article.paragraphs, article.quotes, article.timexes, article.person_roles),
        protocol=pickle.HIGHEST_PROTOCOL,
    )


class StoredArticles(Sequence[Article]):
    """The articles of a stored index folder, each loaded the first time it is used.

    Args:
        folder: the index folder (``texts.bin``, ``records.bin`` and their offsets).
    """

    def __init__(self, folder: Path) -> None:
        self._texts = map_file(folder / "texts.bin")
        self._text_offsets = np.load(folder / "text_offsets.npy")
        self._records = map_file(folder / "records.bin")
        self._record_offsets = np.load(folder / "record_offsets.npy")
        self._loaded: dict[int, Article] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._record_offsets) - 1

    @overload
    def __getitem__(self, index: int) -> Article: ...

    @overload
    def __getitem__(self, index: slice) -> list[Article]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        article = self._loaded.get(index)
        if article is None:
            with self._lock:
                article = self._loaded.get(index) or self._load(index)
                self._loaded[index] = article
        return article

    def __iter__(self) -> Iterator[Article]:
        return (self[i] for i in range(len(self)))

    def peek(self, index: int) -> Article:
        """Return article ``index`` without keeping it (a pass over the whole archive stays small)."""
        return self._loaded.get(index) or self._load(index)

    def _load(self, index: int) -> Article:
        record_start, record_end = self._record_offsets[index], self._record_offsets[index + 1]
        file, digest, metadata, paragraphs, quotes, timexes, person_roles = pickle.loads(self._records[record_start:record_end])
        text = self._texts[self._text_offsets[index] : self._text_offsets[index + 1]].decode("utf-8")
        return Article(file, text, digest, metadata, paragraphs, quotes, timexes, person_roles)


class StoredPassages(Sequence["Passage"]):
    """The passages of a stored index: paragraph ``position`` of article ``article`` each.

    Args:
        articles: the stored articles.
        article_of: per passage, the index of its article.
        position_in: per passage, the index of its paragraph in ``article.paragraphs``.
    """

    def __init__(self, articles: StoredArticles, article_of: np.ndarray, position_in: np.ndarray) -> None:
        self._articles = articles
        self._article_of = article_of
        self._position_in = position_in

    def __len__(self) -> int:
        return len(self._article_of)

    def __getitem__(self, index):
        from bot.library import Passage

        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        article = self._articles[int(self._article_of[index])]
        return Passage(article, article.paragraphs[int(self._position_in[index])])

    def __iter__(self) -> Iterator["Passage"]:
        return (self[i] for i in range(len(self)))
