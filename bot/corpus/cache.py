"""On-disk cache of processed articles, keyed by what processing reads and the pipeline code.

Processing reads the article's bytes and, from its metadata-file entry, only the date (it
anchors relative dates); a corrected title or link in the metadata file reuses the entry.

Entries are pickles written atomically (temporary file, then rename), so a process stopped
mid-write never leaves a half-written entry behind. :class:`PickleCache` is that store for any
kind of value (the index's passage analysis is cached the same way, see
:mod:`bot.passage_analysis`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any, Generic, TypeVar

from bot.corpus.ingest import PIPELINE_FINGERPRINT, ProcessedArticle
from bot.corpus.model import ArticleMetadata

_log = logging.getLogger(__name__)
T = TypeVar("T")


def content_digest(content: bytes) -> str:
    """Return the sha256 hex digest of an article file's bytes (``Article.digest``)."""
    return hashlib.sha256(content).hexdigest()


def extraction_key(digest: str, overrides: dict[str, Any] | None) -> str:
    """Return the cache key of an article from its content digest and metadata-file entry.

    Args:
        digest: the :func:`content_digest` of the article file.
        overrides: the article's metadata-file entry; only its ``date`` is part of the key,
            normalised as :meth:`ArticleMetadata.merged_with` hands it to date extraction.

    Returns:
        A hex digest that also covers the pipeline code.
    """
    reference_date = ArticleMetadata().merged_with(overrides or {}).date
    return hashlib.sha256(f"{digest}\0{reference_date}\0{PIPELINE_FINGERPRINT}".encode()).hexdigest()


def cache_key(content: bytes, overrides: dict[str, Any] | None) -> str:
    """Return the cache key of an article's bytes and metadata-file entry (see :func:`extraction_key`)."""
    return extraction_key(content_digest(content), overrides)


class PickleCache(Generic[T]):
    """Values of one kind pickled on disk under ``folder/<kind>/``; ``folder=None`` disables caching.

    Args:
        folder: the cache folder.
        kind: the sub-folder of this kind of value (e.g. ``articles``).
        value_type: the type of a valid entry; anything else read back counts as absent.
    """

    def __init__(self, folder: Path | None, *, kind: str, value_type: type[T]) -> None:
        self._folder = folder
        self._kind = kind
        self._value_type = value_type

    def _path(self, key: str) -> Path:
        assert self._folder is not None
        return self._folder / self._kind / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> T | None:
        """Return the cached value for ``key``, or ``None`` (absent, unreadable or stale)."""
        if self._folder is None:
            return None
        path = self._path(key)
        try:
            with path.open("rb") as handle:
                value = pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception as error:  # a corrupt entry is recomputed, never fatal
            _log.warning("Ignoring unreadable cache entry %s: %s", path.name, error)
            return None
        return value if isinstance(value, self._value_type) else None

    def put(self, key: str, value: T) -> None:
        """Store ``value`` under ``key`` atomically; failures are logged, not raised."""
        if self._folder is None:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, path)
        except OSError as error:
            _log.warning("Could not write cache entry %s: %s", path, error)


class ArticleCache(PickleCache[ProcessedArticle]):
    """Processed articles on disk under ``folder/articles/``; ``folder=None`` disables caching."""

    def __init__(self, folder: Path | None) -> None:
        super().__init__(folder, kind="articles", value_type=ProcessedArticle)
