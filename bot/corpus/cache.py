"""On-disk cache of processed articles, keyed by file content, metadata entry and pipeline code.

Entries are pickles written atomically (temporary file, then rename), so a process stopped
mid-write never leaves a half-written entry behind.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from bot.corpus.ingest import PIPELINE_FINGERPRINT, ProcessedArticle

_log = logging.getLogger(__name__)


def cache_key(content: bytes, overrides: dict[str, Any] | None) -> str:
    """Return the cache key of an article: its bytes, its metadata entry and the pipeline code."""
    digest = hashlib.sha256(content)
    digest.update(json.dumps(overrides or {}, sort_keys=True, default=str).encode())
    digest.update(PIPELINE_FINGERPRINT.encode())
    return digest.hexdigest()


class ArticleCache:
    """Processed articles on disk under ``folder``; ``folder=None`` disables caching."""

    def __init__(self, folder: Path | None) -> None:
        self._folder = folder

    def _path(self, key: str) -> Path:
        assert self._folder is not None
        return self._folder / "articles" / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> ProcessedArticle | None:
        """Return the cached article for ``key``, or ``None`` (absent, unreadable or stale)."""
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
        return value if isinstance(value, ProcessedArticle) else None

    def put(self, key: str, value: ProcessedArticle) -> None:
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
