"""Loading the corpus folder: every readable text file, with broken ones skipped and logged."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.corpus.cache import ArticleCache, content_digest, extraction_key
from bot.corpus.ingest import process_text
from bot.corpus.metadata import load_metadata_file
from bot.corpus.model import Article, ArticleMetadata

_log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md"})  # a README or LICENSE beside them is no article


def is_article_name(name: str) -> bool:
    """True for the file names the corpus folder's articles have (not hidden, a text suffix)."""
    return not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES


@dataclass(frozen=True)
class LoadReport:
    """What a load did: how many articles came from the cache, were processed, or were skipped."""

    loaded: int
    from_cache: int
    skipped: tuple[str, ...]


def read_article_text(path: Path) -> tuple[bytes, str] | None:
    """Return the bytes and text of an article file, or ``None`` with one log line if unusable.

    A file is unusable when it cannot be read, is empty, looks binary (contains NUL bytes) or is
    not valid UTF-8.
    """
    try:
        content = path.read_bytes()
    except OSError as error:
        _log.warning("Skipping %s: cannot be read (%s)", path.name, error.strerror or error)
        return None
    if not content.strip():
        _log.warning("Skipping %s: the file is empty", path.name)
        return None
    if b"\x00" in content:
        _log.warning("Skipping %s: binary file, not text", path.name)
        return None
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        _log.warning("Skipping %s: not UTF-8 text (byte %d)", path.name, error.start)
        return None
    return content, text.removeprefix("\ufeff")


def article_files(folder: Path) -> list[Path]:
    """Return the article files of ``folder`` in name order (hidden files and YAML excluded)."""
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file() and is_article_name(path.name)
    )


def load_article(path: Path, overrides: dict, cache: ArticleCache) -> tuple[Article, bool] | None:
    """Load one article through the cache; return it and whether it came from the cache."""
    read = read_article_text(path)
    if read is None:
        return None
    content, text = read
    digest = content_digest(content)
    key = extraction_key(digest, overrides)
    processed = cache.get(key)
    hit = processed is not None
    if processed is None:
        try:
            processed = process_text(text, overrides)
        except Exception:  # one bad article must not stop the bot
            _log.exception("Skipping %s: processing failed", path.name)
            return None
        cache.put(key, processed)
    metadata = ArticleMetadata(**processed.inferred)
    metadata.origin = {k: "text" for k, v in processed.inferred.items() if v}
    article = Article(
        file=path.name,
        text=text,
        digest=digest,
        metadata=metadata.merged_with(overrides),
        paragraphs=processed.paragraphs,
        quotes=processed.quotes,
        timexes=processed.timexes,
        person_roles=processed.person_roles,
    )
    return article, hit


def load_corpus(
    folder: Path,
    *,
    cache_dir: Path | None,
    metadata_path: Path | None = None,
    metadata: dict[str, dict[str, Any]] | None = None,
) -> tuple[list[Article], LoadReport]:
    """Load every article of ``folder``.

    Args:
        folder: the corpus folder.
        cache_dir: where processed articles are cached (``None``: no cache).
        metadata_path: the metadata YAML (default ``folder/metadata.yaml``).
        metadata: the metadata file's entries if the caller has read them already
            (:func:`bot.corpus.metadata.load_metadata_file`); ``metadata_path`` is then not read.

    Returns:
        The articles in file-name order and a :class:`LoadReport`.
    """
    if metadata is None:
        metadata = load_metadata_file(metadata_path or folder / "metadata.yaml")
    cache = ArticleCache(cache_dir)
    articles: list[Article] = []
    skipped: list[str] = []
    hits = 0
    for path in article_files(folder):
        loaded = load_article(path, metadata.get(path.name, {}), cache)
        if loaded is None:
            skipped.append(path.name)
            continue
        articles.append(loaded[0])
        hits += loaded[1]
    unknown = set(metadata) - {a.file for a in articles} - set(skipped)
    for name in sorted(unknown):
        _log.warning("The metadata file names %s, which is not in the corpus", name)
    _log.info("Loaded %d articles from %s (%d from cache, %d skipped)", len(articles), folder, hits, len(skipped))
    return articles, LoadReport(len(articles), hits, tuple(skipped))
