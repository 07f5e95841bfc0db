"""The structured answers the core gives: items with verbatim excerpts and citations.

Adapters render these values for their platform; the core never formats chat text. The JSON
form (:meth:`Answer.to_dict`) is a stable, machine-readable contract used by ``python -m bot
ask --json`` and by outside checks: keep the field names.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """Where an excerpt comes from: exact enough that a reader can check it.

    ``start``/``end`` are character offsets of the excerpt in the original file, so
    ``file_text[start:end] == item.text``. ``date`` is ``None`` when neither the article nor
    the metadata file gives one: it is never guessed.
    """

    id: str
    file: str
    paragraph: int
    start: int
    end: int
    outlet: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    author: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the citation as a JSON-ready dict with the stable field names."""
        return {
            "id": self.id,
            "file": self.file,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "outlet": self.outlet,
            "date": self.date,
            "title": self.title,
            "url": self.url,
            "author": self.author,
        }


@dataclass(frozen=True)
class Highlight:
    """A matched word inside an item's text (offsets relative to ``AnswerItem.text``)."""

    start: int
    end: int


@dataclass
class AnswerItem:
    """One result: a verbatim excerpt, what in it matched, and its citation(s).

    ``fields`` holds command-specific data that appears at the top level of the item's JSON
    (``speaker``, ``mention``, ``kind``, ``quote``, ``when`` ...). ``also_cited`` lists further
    sources of the same statement when duplicates from several articles were merged.
    """

    text: str
    citation: Citation
    highlights: list[Highlight] = field(default_factory=list)
    cut_before: bool = False
    cut_after: bool = False
    fields: dict[str, Any] = field(default_factory=dict)
    also_cited: list[Citation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the item as a JSON-ready dict: ``text``, ``citation`` and command fields."""
        data: dict[str, Any] = {
            "text": self.text,
            "citation": self.citation.to_dict(),
            "highlights": [[h.start, h.end] for h in self.highlights],
            "cut_before": self.cut_before,
            "cut_after": self.cut_after,
        }
        data.update(self.fields)
        if self.also_cited:
            data["also_cited"] = [c.to_dict() for c in self.also_cited]
        return data


@dataclass(frozen=True)
class Notice:
    """A user-facing message from :mod:`bot.messages`: its code and rendered text."""

    code: str
    text: str
    is_error: bool = False


@dataclass
class Answer:
    """What a command returns: a title, items, optional notice, suggestions and picture.

    A picture (the ``/when`` timeline) is drawn only when someone asks for :attr:`image_png`:
    drawing takes far longer than answering, and not every renderer shows it. Adapters test
    :attr:`has_image` and read :attr:`image_png` off their event loop.
    """

    command: str
    title: str
    items: list[AnswerItem] = field(default_factory=list)
    notice: Notice | None = None
    suggestions: list[str] = field(default_factory=list)
    body: str | None = None
    image_renderer: Callable[[], bytes | None] | None = field(default=None, repr=False, compare=False)
    _image: bytes | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def image_png(self) -> bytes | None:
        """The picture as PNG bytes, drawn on first access (``None`` if the answer has none)."""
        if self._image is None and self.image_renderer is not None:
            renderer, self.image_renderer = self.image_renderer, None
            self._image = renderer()
        return self._image

    @image_png.setter
    def image_png(self, value: bytes | None) -> None:
        self._image = value
        self.image_renderer = None

    @property
    def has_image(self) -> bool:
        """True if the answer has a picture (drawn or still to be drawn)."""
        return self._image is not None or self.image_renderer is not None

    @property
    def ok(self) -> bool:
        """True unless the answer carries an error notice."""
        return self.notice is None or not self.notice.is_error

    def page_count(self, per_page: int) -> int:
        """Return how many pages of ``per_page`` items the answer has (at least one)."""
        return max(1, math.ceil(len(self.items) / max(1, per_page)))

    def page(self, number: int, per_page: int) -> list[AnswerItem]:
        """Return the items of page ``number`` (1-based, clamped to the valid range)."""
        number = min(max(1, number), self.page_count(per_page))
        begin = (number - 1) * per_page
        return self.items[begin : begin + per_page]

    def to_dict(self) -> dict[str, Any]:
        """Return the answer as one JSON-ready dict (the ``--json`` contract)."""
        return {
            "command": self.command,
            "title": self.title,
            "ok": self.ok,
            "message": None if self.notice is None else {"code": self.notice.code, "text": self.notice.text},
            "suggestions": list(self.suggestions),
            "body": self.body,
            "has_image": self.has_image,
            "items": [item.to_dict() for item in self.items],
        }
