"""Platform-neutral pieces of rendering that every adapter needs (labels, highlight segments, chunking).

Adapters add their own markup and escaping on top; the wording comes from the message
catalogue (:mod:`bot.messages`), so the console, Slack and Discord say the same things.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

from bot import messages
from bot.answers import Answer, AnswerItem, Citation, Highlight

ELLIPSIS = "…"
_WHITESPACE = re.compile(r"(\s+)")


def extra_suggestions(answer: Answer) -> list[str]:
    """The answer's suggestions that its notice does not already name ("Did you mean: X?")."""
    notice = answer.notice.text if answer.notice is not None else ""
    return [suggestion for suggestion in answer.suggestions if suggestion not in notice]


def suggestions_line(answer: Answer, *, escape: Callable[[str], str] = str) -> str | None:
    """Return the line that offers the answer's :func:`extra_suggestions` ("Suggestions: A, B").

    Args:
        answer: the core's answer.
        escape: applied to each suggestion for the adapter's markup (the label needs none).

    Returns:
        The line, or ``None`` if there is nothing to suggest beyond the notice.
    """
    suggestions = extra_suggestions(answer)
    if not suggestions:
        return None
    return f"{messages.text('L003')}: " + ", ".join(escape(suggestion) for suggestion in suggestions)


def also_cited_label() -> str:
    """Return the label of an item's further sources (the same statement found in other
    articles), the same words in every adapter."""
    return messages.text("L002")


def date_label(date: str | None) -> str:
    """Return the article date as shown to readers, or "date unknown" (never a guess)."""
    return date or messages.text("L004")


def citation_parts(citation: Citation) -> list[str]:
    """Return the citation as labelled parts: outlet, date, title, paragraph, id."""
    return [
        citation.outlet or messages.text("L005"),
        date_label(citation.date),
        citation.title or citation.file,
        f"¶{citation.paragraph}",
        citation.id,
    ]


def citation_line(citation: Citation) -> str:
    """Return the citation as one plain line: ``outlet · date · title · ¶n · id``."""
    return " · ".join(citation_parts(citation))


def item_label(item: AnswerItem) -> str | None:
    """Return the heading of an item: speaker and kind for quotes, date for timeline events."""
    fields = item.fields
    parts = []
    when = fields.get("when")
    if isinstance(when, dict) and when.get("label"):
        parts.append(str(when["label"]))
    if fields.get("speaker") or fields.get("mention"):
        parts.append(str(fields.get("speaker") or fields.get("mention")))
    if fields.get("cited") is True:
        parts.append(messages.text("L006"))
    kind = fields.get("kind")
    if kind == "direct":
        parts.append(messages.text("L007"))
    elif kind == "reported":
        parts.append(messages.text("L008"))
    return " — ".join(parts) if parts else None


def excerpt_segments(item: AnswerItem) -> Iterator[tuple[str, bool]]:
    """Yield the item's text as (segment, is_match) pieces, with ellipses where it was cut."""
    if item.cut_before:
        yield ELLIPSIS + " ", False
    yield from highlight_segments(item.text, item.highlights)
    if item.cut_after:
        yield " " + ELLIPSIS, False


def render_excerpt(item: AnswerItem, *, escape: Callable[[str], str], marker: str) -> str:
    """Return the item's excerpt escaped for a platform, matched words wrapped in ``marker``
    ("*" for Slack, "**" for Discord) word by word, so splitting at spaces never breaks a bold
    span and whitespace stays outside the markers."""
    return "".join(
        "".join(f"{marker}{part}{marker}" if part and not part.isspace() else part for part in _WHITESPACE.split(escape(piece)))
        if matched
        else escape(piece)
        for piece, matched in excerpt_segments(item)
    )


def web_url(url: str | None) -> str | None:
    """Return ``url`` stripped if it is an http(s) link with a host, else ``None`` (no
    ``javascript:`` or mail links in any adapter)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def highlight_segments(text: str, highlights: list[Highlight]) -> Iterator[tuple[str, bool]]:
    """Yield ``text`` split into plain and matched pieces, in order."""
    position = 0
    for highlight in sorted(highlights, key=lambda h: h.start):
        if highlight.start < position:
            continue
        if highlight.start > position:
            yield text[position : highlight.start], False
        yield text[highlight.start : highlight.end], True
        position = highlight.end
    if position < len(text):
        yield text[position:], False


def chunk_text(text: str, limit: int) -> list[str]:
    """Split ``text`` into pieces of at most ``limit`` characters, at spaces where possible."""
    pieces = []
    while len(text) > limit:
        cut = text.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def shorten(text: str, limit: int) -> str:
    """Return ``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    return chunk_text(text, max(1, limit - 1))[0] + ELLIPSIS


def fit_rendered(text: str, limit: int, render: Callable[[str], str]) -> str:
    """Return ``render(text)`` with ``text`` shortened at word boundaries until the result fits ``limit``.

    Escaping makes text longer, so a platform's limit applies to the rendered form: shorten,
    render, measure, repeat.
    """
    budget = limit
    while True:
        shown = render(shorten(text, budget))
        if len(shown) <= limit or budget <= 1:
            return shown[:limit]
        budget -= max(1, len(shown) - limit)
