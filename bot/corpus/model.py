"""Data model of a processed article: paragraphs and sentences with offsets, and metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Paragraph:
    """A content paragraph with its character span in the original file.

    ``number`` is 1-based and stable for a given file content. ``kind`` is ``"body"``,
    ``"heading"`` or ``"caption"``. ``sentences`` are absolute (start, end) spans.
    """

    number: int
    start: int
    end: int
    kind: str
    sentences: tuple[tuple[int, int], ...]


@dataclass
class ArticleMetadata:
    """Title, outlet, date, URL and author of an article; ``None`` where unknown.

    ``origin`` says per field where the value came from: ``"text"`` (inferred from the
    article) or ``"metadata"`` (the metadata file).
    """

    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    origin: dict[str, str] = field(default_factory=dict)

    def merged_with(self, overrides: dict[str, Any]) -> "ArticleMetadata":
        """Return a copy where every field given in ``overrides`` (from the metadata file) wins."""
        merged = ArticleMetadata(**{k: getattr(self, k) for k in ("title", "outlet", "date", "url", "author")})
        merged.origin = dict(self.origin)
        for key in ("title", "outlet", "date", "url", "author"):
            if overrides.get(key) not in (None, ""):
                setattr(merged, key, str(overrides[key]))
                merged.origin[key] = "metadata"
        return merged


@dataclass
class Article:
    """A processed article: its file name, original text, metadata, paragraphs and extractions.

    ``quotes`` and ``timexes`` hold the results of quote and date extraction, and
    ``person_roles`` the persons the article introduces with their roles; all are computed once
    at ingest and cached with the rest.
    """

    file: str
    text: str
    digest: str
    metadata: ArticleMetadata
    paragraphs: list[Paragraph]
    quotes: list[Any] = field(default_factory=list)
    timexes: list[Any] = field(default_factory=list)
    person_roles: dict[str, list[str]] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        """The file name without its extension (the article part of citation ids)."""
        return self.file.rsplit(".", 1)[0]

    def paragraph_text(self, paragraph: Paragraph) -> str:
        """Return the verbatim text of ``paragraph``."""
        return self.text[paragraph.start : paragraph.end]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """Return the paragraph containing character ``offset``, or ``None`` (debris, gaps)."""
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph
        return None
