"""Rendering an :class:`~bot.answers.Answer` as pages of Discord embeds within Discord's limits.

A page is one message: a header embed (the answer's title, its notice, the page number and the
timeline picture) followed by one embed per item (the label, the excerpt with matched words in
bold, the citation with the article title linked, and any further sources). Long answers become
several pages; text is split only between words, never cut off.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from urllib.parse import quote

import discord

from adapters.discord.escape import safe_text, safe_within
from bot import messages
from bot.answers import Answer, AnswerItem, Citation
from bot.presentation import (
    also_cited_label,
    chunk_text,
    citation_parts,
    item_label,
    render_excerpt,
    shorten,
    suggestions_line,
    web_url,
)


# Discord's documented limits.
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
EMBEDS_PER_MESSAGE = 10
MESSAGE_TOTAL_LIMIT = 6000  # summed over every embed of one message

# Our own budgets, chosen so any one block fits a message beside its page header.
TEXT_CHUNK = 2000
HEADER_RESERVE = 400
BLOCK_LIMIT = 4000
LINK_TEXT_LIMIT = 150
URL_LIMIT = 500
OUTLET_LIMIT = 120
DATE_LIMIT = 50
IDENTIFIER_LIMIT = 100

TIMELINE_FILENAME = "timeline.png"
COLOUR_ANSWER = discord.Colour.blurple()
COLOUR_WARNING = discord.Colour.gold()
COLOUR_ERROR = discord.Colour.red()


@dataclass
class _Block:
    """One embed's worth of content; ``item`` is the item it belongs to (``None``: answer text)."""

    embed: discord.Embed
    item: int | None


def render_pages(answer: Answer, *, items_per_page: int) -> list[list[discord.Embed]]:
    """Render ``answer`` as pages, each a list of embeds for one message.

    Args:
        answer: the core's answer.
        items_per_page: the most items shown on one page (at least one is always shown).

    Returns:
        At least one page; every page has at most 10 embeds and 6000 characters, and every
        embed respects Discord's title, description, field and footer limits.
    """
    blocks = _text_blocks(answer)
    for number, item in enumerate(answer.items, start=1):
        blocks.extend(_item_blocks(number, item))
    groups = _paginate(blocks, max(1, items_per_page))
    pages = []
    for number, group in enumerate(groups, start=1):
        header = _header(answer, number, len(groups))
        embeds = [header]
        for position, block in enumerate(group):
            if position == 0 and block.item is None:
                header.description = block.embed.description  # the page's text goes under its title
            else:
                embeds.append(block.embed)
        pages.append(embeds)
    return pages


def timeline_file(answer: Answer) -> discord.File | None:
    """Return the answer's picture as an attachment named ``timeline.png`` (``None`` if it has none)."""
    if answer.image_png is None:
        return None
    return discord.File(io.BytesIO(answer.image_png), filename=TIMELINE_FILENAME)


def _colour(answer: Answer) -> discord.Colour:
    if not answer.ok:
        return COLOUR_ERROR
    return COLOUR_WARNING if answer.notice is not None else COLOUR_ANSWER


def _header(answer: Answer, page: int, pages: int) -> discord.Embed:
    embed = discord.Embed(title=safe_within(answer.title, TITLE_LIMIT), colour=_colour(answer))
    if pages > 1:
        embed.set_footer(text=messages.text("W010", count=len(answer.items), page=page, pages=pages))
    if answer.has_image:
        embed.set_image(url=f"attachment://{TIMELINE_FILENAME}")
    return embed


def _text_blocks(answer: Answer) -> list[_Block]:
    """The answer's notice, suggestions and body, split between words into embed-sized blocks."""
    parts = []
    if answer.notice is not None:
        parts.append(answer.notice.text)
    suggestions = suggestions_line(answer)  # escaped below with the rest of the text
    if suggestions:
        parts.append(suggestions)
    if answer.body:
        parts.append(answer.body)
    if not parts:
        return []
    return [_Block(discord.Embed(description=piece, colour=_colour(answer)), None) for piece in safe_chunks("\n\n".join(parts), TEXT_CHUNK)]


def safe_chunks(text: str, limit: int) -> list[str]:
    """Split untrusted ``text`` between words into escaped pieces of at most ``limit`` characters."""
    pieces = []
    for piece in chunk_text(text, limit):
        escaped = safe_text(piece)
        if len(escaped) <= limit or len(piece) <= 1:
            pieces.append(escaped)
        else:  # escaping made it longer: split the raw piece finer
            pieces.extend(safe_chunks(piece, max(1, limit * len(piece) // len(escaped) - 1)))
    return pieces


def _item_blocks(number: int, item: AnswerItem) -> list[_Block]:
    label = item_label(item)
    heading = f"{number}. {label}" if label else f"{number}. {item.citation.title or item.citation.file}"
    first = discord.Embed(title=safe_within(heading, TITLE_LIMIT), colour=COLOUR_ANSWER)
    link = linkable_url(item.citation.url)
    if link:
        first.url = link
    embeds = [first]
    for position, piece in enumerate(chunk_text(render_excerpt(item, escape=safe_text, marker="**"), TEXT_CHUNK)):
        if position:
            embeds.append(discord.Embed(colour=COLOUR_ANSWER))
        embeds[-1].description = piece
    fields = [(messages.text("L001"), citation_value(item.citation))]
    fields += [(also_cited_label(), value) for value in _joined_lines([citation_line(c) for c in item.also_cited])]
    for name, value in fields:
        current = embeds[-1]
        if len(current.fields) >= FIELD_COUNT_LIMIT or len(current) + len(name) + len(value) > BLOCK_LIMIT:
            current = discord.Embed(colour=COLOUR_ANSWER)
            embeds.append(current)
        current.add_field(name=name, value=value, inline=False)
    return [_Block(embed, number) for embed in embeds]


def _joined_lines(lines: list[str]) -> list[str]:
    """Join lines into field values of at most 1024 characters."""
    values: list[str] = []
    for line in lines:
        if values and len(values[-1]) + 1 + len(line) <= FIELD_VALUE_LIMIT:
            values[-1] += "\n" + line
        else:
            values.append(line)
    return values


def linkable_url(url: str | None) -> str | None:
    """Return ``url`` made safe for an embed or a markdown link, or ``None`` if it is not a web link."""
    url = web_url(url)
    if url is None:
        return None
    link = quote(url, safe=":/?#@!$&'*+,;=%~-._")
    return link if len(link) <= URL_LIMIT else None


def _linked_title(citation: Citation) -> str:
    title = safe_within(citation.title or citation.file, LINK_TEXT_LIMIT)
    link = linkable_url(citation.url)
    if not link:
        return title
    return f"[{title}]({link})"  # ``safe_within`` escaped any brackets in the title


def citation_value(citation: Citation) -> str:
    """Return the citation as an embed field value: the linked title, then outlet, date, ¶ and id."""
    outlet, date, _title, paragraph, identifier = citation_parts(citation)
    details = " · ".join([safe_within(outlet, OUTLET_LIMIT), safe_within(date, DATE_LIMIT), paragraph, _code(identifier)])
    return shorten(_linked_title(citation) + "\n" + details, FIELD_VALUE_LIMIT)


def citation_line(citation: Citation) -> str:
    """Return a further source of an item as one line: linked title, outlet, date, ¶ and id."""
    outlet, date, _title, paragraph, identifier = citation_parts(citation)
    line = " · ".join([_linked_title(citation), safe_within(outlet, OUTLET_LIMIT), safe_within(date, DATE_LIMIT), paragraph, _code(identifier)])
    return shorten(line, FIELD_VALUE_LIMIT)


def _code(identifier: str) -> str:
    """The citation id in a code span, so it can be copied into ``/source`` as shown."""
    return "`" + shorten(identifier.replace("`", "'"), IDENTIFIER_LIMIT) + "`"


def _paginate(blocks: list[_Block], items_per_page: int) -> list[list[_Block]]:
    """Group blocks into pages by the item limit, 10 embeds and 6000 characters a message."""
    pages: list[list[_Block]] = [[]]
    size = 0
    items: set[int] = set()
    for block in blocks:
        page = pages[-1]
        starts_item = block.item is not None and block.item not in items
        full = bool(page) and (
            len(page) + 2 > EMBEDS_PER_MESSAGE  # the page header is one of the ten
            or size + len(block.embed) > MESSAGE_TOTAL_LIMIT - HEADER_RESERVE
            or (starts_item and len(items) >= items_per_page)
        )
        if full:
            pages.append([])
            size = 0
            items = set()
        pages[-1].append(block)
        size += len(block.embed)
        if block.item is not None:
            items.add(block.item)
    return pages
