"""Find text between quotation marks in every German convention, with the marks' offsets.

Handles „…“ (also closed by ” or "), "…", »…«, «…» and single ‚…‘ only inside a double
quotation. A quotation that runs over several paragraphs, each reopened with „ and only the
last one closed, becomes one quotation with one span per paragraph.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.quotes.model import Span, Spanned

_log = logging.getLogger(__name__)

_LOW_OPEN = "„"
_CLOSERS_FOR = {"„": "“”\"", "»": "«", "«": "»", '"': '"', "“": "”\""}
_MAX_QUOTE_CHARS = 3000


@dataclass(frozen=True)
class MarkedSpan(Spanned):
    """Text between quotation marks: one span per paragraph, each including its marks."""

    spans: tuple[Span, ...]


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Return every top-level quotation-mark pair of ``text`` in text order.

    Args:
        text: the article.

    Returns:
        Marked spans; unclosed openers are dropped, except that an opener left open at a
        paragraph end continues when the next paragraph reopens with the same mark.
    """
    found: list[MarkedSpan] = []
    position = 0
    length = len(text)
    while position < length:
        opener_at = _next_opener(text, position)
        if opener_at < 0:
            break
        marked = _close(text, opener_at)
        if marked is None:
            position = opener_at + 1
            continue
        found.append(marked)
        position = marked.end
    return found


def _next_opener(text: str, position: int) -> int:
    best = -1
    for mark in _CLOSERS_FOR:
        if mark == "“":
            continue
        index = text.find(mark, position)
        if index >= 0 and (best < 0 or index < best):
            best = index
    return best


def _close(text: str, opener_at: int) -> MarkedSpan | None:
    opener = text[opener_at]
    if opener == '"' and not _looks_like_straight_opener(text, opener_at):
        return None
    closers = _CLOSERS_FOR[opener]
    spans: list[Span] = []
    segment_start = opener_at
    index = opener_at + 1
    limit = min(len(text), opener_at + _MAX_QUOTE_CHARS)
    while index < limit:
        char = text[index]
        if char in closers:
            spans.append(Span(segment_start, index + 1))
            return MarkedSpan(tuple(spans))
        if char == opener and opener != '"' and index > segment_start + 1:
            return None
        if char == "\n":
            following = index
            while following < len(text) and text[following] in "\n \t":
                following += 1
            if following < len(text) and text[following] == opener:
                spans.append(Span(segment_start, index))
                segment_start = following
                index = following + 1
                continue
            return None
        index += 1
    return None


def _looks_like_straight_opener(text: str, index: int) -> bool:
    """A straight double quote opens when it is not glued to the word before it."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not after.isspace() and (not before.isalnum() or before in "\n")
