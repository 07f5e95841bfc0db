"""An answer as Block Kit messages, always within Slack's limits.

Each item is a section (label and excerpt, matched words bold) and a context line with the
citation; long answers are split into several messages, and beyond what one response can carry
they are paged with a "Show more" button. Text is cut only at spaces (:func:`chunk_text`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from adapters.slack import buttons
from adapters.slack.buttons import ButtonRequest
from adapters.slack.escape import escape_code, escape_text, link, plain_text
from bot import messages
from bot.answers import Answer, AnswerItem, Citation, Notice
from bot.presentation import (
    also_cited_label,
    chunk_text,
    citation_parts,
    fit_rendered,
    item_label,
    render_excerpt,
    suggestions_line,
)

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_TEXT_CHARS = 3000
MAX_HEADER_CHARS = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_FALLBACK_CHARS = 3000
# A response_url accepts five messages; one is kept for a follow-up (a picture that failed).
MAX_MESSAGES_PER_RESPONSE = 4
# Blocks a message keeps free besides its items: header, notes and the buttons.
_RESERVED_BLOCKS = 3



class SlackMessage(NamedTuple):
    """One message to send: the notification text and its blocks."""

    text: str
    blocks: list[Block]


class _Unit(NamedTuple):
    blocks: list[Block]
    is_item: bool


def fit(text: str, limit: int, transform: Callable[[str], str] = escape_text) -> str:
    """Return ``transform(text)`` shortened at a word boundary until it fits ``limit`` characters."""
    return fit_rendered(text, limit, transform)


def sections(mrkdwn: str) -> list[Block]:
    """Return mrkdwn text as sections of at most 3000 characters, split at spaces."""
    return [{"type": "section", "text": {"type": "mrkdwn", "text": piece}} for piece in chunk_text(mrkdwn, MAX_SECTION_CHARS)]


def citation_text(citation: Citation) -> str:
    """Return a citation as mrkdwn: outlet · date · linked title · ¶paragraph · `id`."""
    outlet, date, title, paragraph, identifier = citation_parts(citation)
    linked_title = link(citation.url, fit(title, 500))
    return " · ".join([escape_text(outlet), escape_text(date), linked_title, paragraph, f"`{escape_code(identifier)}`"])


def excerpt_text(item: AnswerItem) -> str:
    """Return the item's label (bold, on its own line) and excerpt with the matched words bold."""
    excerpt = render_excerpt(item, escape=escape_text, marker="*")
    label = item_label(item)
    return f"*{fit(label, 500)}*\n{excerpt}" if label else excerpt


def item_blocks(item: AnswerItem) -> list[Block]:
    """Return the blocks of one item: excerpt section(s), citation context, "also cited" context(s)."""
    blocks = sections(excerpt_text(item))
    blocks.append(_context([citation_text(item.citation)]))
    others = [citation_text(c) for c in item.also_cited]
    if others:
        others[0] = f"{also_cited_label()}: {others[0]}"
    for begin in range(0, len(others), MAX_CONTEXT_ELEMENTS):
        blocks.append(_context(others[begin : begin + MAX_CONTEXT_ELEMENTS]))
    return blocks


def _context(texts: Sequence[str]) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": t[:MAX_TEXT_CHARS]} for t in texts]}


def _notice_text(notice: Notice) -> str:
    return (":warning: " if notice.is_error else "") + escape_text(notice.text)


def _units(answer: Answer) -> list[_Unit]:
    units = []
    if answer.notice:
        units.append(_Unit(sections(_notice_text(answer.notice)), False))
    suggestions = suggestions_line(answer, escape=escape_text)
    if suggestions:
        units.append(_Unit(sections(suggestions), False))
    if answer.body:
        units.extend(_Unit([block], False) for block in sections(escape_text(answer.body)))
    units.extend(_Unit(item_blocks(item), True) for item in answer.items)
    return units


def _pack(units: list[_Unit], items_per_message: int) -> list[list[_Unit]]:
    """Group units into messages: at most ``items_per_message`` items and the block budget each."""
    budget = MAX_BLOCKS - _RESERVED_BLOCKS
    pages: list[list[_Unit]] = [[]]
    for unit in units:
        used = sum(len(u.blocks) for u in pages[-1])
        items = sum(u.is_item for u in pages[-1])
        if pages[-1] and (used + len(unit.blocks) > budget or (unit.is_item and items >= items_per_message)):
            pages.append([])
            used = 0
        blocks = unit.blocks
        while len(blocks) > budget - used:  # one unit larger than a message: split it between messages
            pages[-1].append(_Unit(blocks[: budget - used], unit.is_item))
            pages.append([])
            blocks, used = blocks[budget - used :], 0
        pages[-1].append(_Unit(blocks, unit.is_item))
    return pages


def _button(text: str, action_id: str, value: str | None) -> Block | None:
    if value is None:
        return None
    return {"type": "button", "text": {"type": "plain_text", "text": text}, "action_id": action_id, "value": value}


def notice_message(notice: Notice) -> SlackMessage:
    """Return a notice alone as a message (a failed upload, an unusable button, an error)."""
    text = fit(notice.text, MAX_FALLBACK_CHARS)
    return SlackMessage(text, sections(_notice_text(notice)))


def render_messages(
    answer: Answer,
    *,
    items_per_message: int,
    request: ButtonRequest | None = None,
    notes: Sequence[Notice] = (),
) -> list[SlackMessage]:
    """Render ``answer`` as the Slack messages of one response.

    Args:
        answer: the core's answer.
        items_per_message: the most items in one message.
        request: the command that gave the answer; its ``first_message`` picks the page of
            messages to render and its ``response_type`` decides the buttons ("Post to channel"
            on ephemeral answers, "Show more" while messages remain). ``None``: no buttons.
        notes: extra notices shown at the end (e.g. where the timeline picture is).

    Returns:
        At most :data:`MAX_MESSAGES_PER_RESPONSE` messages, each within Slack's block limits.
    """
    pages = _pack(_units(answer), max(1, items_per_message))
    first = min(request.first_message if request else 0, len(pages) - 1)
    chosen = pages[first : first + MAX_MESSAGES_PER_RESPONSE]
    remaining_pages = pages[first + len(chosen) :]
    rendered = []
    for offset, page in enumerate(chosen):
        number = first + offset + 1
        title = answer.title if len(pages) == 1 else messages.text("T030", title=answer.title, page=number, pages=len(pages))
        blocks: list[Block] = [{"type": "header", "text": {"type": "plain_text", "text": fit(title, MAX_HEADER_CHARS, plain_text)}}]
        for unit in page:
            blocks.extend(unit.blocks)
        if offset == len(chosen) - 1:
            blocks.extend(_trailer(answer, request, notes, remaining_pages, first + len(chosen)))
        fallback = answer.title if answer.notice is None or number > 1 else f"{answer.title}: {answer.notice.text}"
        rendered.append(SlackMessage(fit(fallback, MAX_FALLBACK_CHARS), blocks))
    return rendered


def _trailer(answer: Answer, request: ButtonRequest | None, notes: Sequence[Notice], remaining: list[list[_Unit]], next_first: int) -> list[Block]:
    blocks: list[Block] = []
    texts = [_notice_text(note)[:MAX_TEXT_CHARS] for note in notes]
    remaining_items = sum(unit.is_item for page in remaining for unit in page)
    if remaining and request is not None:
        texts.append(escape_text(messages.text("W031", remaining=remaining_items)))
    if texts:
        blocks.append(_context(texts[:MAX_CONTEXT_ELEMENTS]))
    if request is None:
        return blocks
    elements = []
    if request.response_type == buttons.EPHEMERAL:
        share = request._replace(first_message=0, response_type=buttons.IN_CHANNEL)
        elements.append(_button(messages.text("L030"), buttons.POST_TO_CHANNEL, buttons.encode(share)))
    if remaining:
        elements.append(_button(messages.text("L031"), buttons.SHOW_MORE, buttons.encode(request._replace(first_message=next_first))))
    elements = [e for e in elements if e is not None]
    if elements:
        blocks.append({"type": "actions", "elements": elements})
    return blocks
