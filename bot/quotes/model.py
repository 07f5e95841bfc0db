"""Typed results of the quotation extractor: spans, speaker mentions and quotes."""

from __future__ import annotations

from dataclasses import dataclass

DIRECT = "direct"
REPORTED = "reported"


@dataclass(frozen=True)
class Span:
    """A character range ``[start, end)`` in the article text."""

    start: int
    end: int


@dataclass(frozen=True)
class SpeakerMention:
    """Where the article names the speaker of a quote.

    ``kind`` is ``"name"``, ``"pronoun"``, ``"role"``, ``"possessive"`` or ``"other"``.
    """

    text: str
    start: int
    end: int
    kind: str


class Spanned:
    """Something made of ordered spans of the article (a quote, a quotation in marks)."""

    spans: tuple[Span, ...]

    @property
    def start(self) -> int:
        """Offset of the first character."""
        return self.spans[0].start

    @property
    def end(self) -> int:
        """Offset just past the last character."""
        return self.spans[-1].end


@dataclass(frozen=True)
class Quote(Spanned):
    """One quotation: direct (verbatim, in quotation marks) or reported speech.

    Spans of direct quotes include the quotation marks, as the gold annotation does; ``text``
    is the quote without the outer marks. ``person`` is the canonical name of the speaker
    within the article, or ``None`` when attributing it to a person is not safe.
    ``eval_type`` is ``"Direct"``, ``"Indirect"``, ``"FreeIndirect"`` or ``"Reported"``.
    """

    kind: str
    spans: tuple[Span, ...]
    text: str
    mention: SpeakerMention | None
    cue: Span | None
    person: str | None
    eval_type: str
