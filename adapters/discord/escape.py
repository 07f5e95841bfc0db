"""Making article text safe for Discord: markdown escaped, mentions neutralised.

Article text is data, not markup: a ``**`` or ``@everyone`` in an article must show as typed
and never format a reply or ping anyone. Our own markup (bold highlights, links) is added
only after the text has been escaped.
"""

from __future__ import annotations

import re

import discord

from bot.presentation import fit_rendered

ZERO_WIDTH_SPACE = "\u200b"
_CHANNEL_MENTION = "<#"
_BRACKETS = re.compile(r"([\[\]])")


def escape_markdown(text: str) -> str:
    """Return ``text`` with every Discord markdown character escaped, so it shows literally.

    :func:`discord.utils.escape_markdown` (not "as needed") escapes every ``\\ * _ ~ | ` ``,
    quotes, headings and list markers; bare URLs stay clickable. It escapes a markdown link
    ``[text](url)`` only by its first bracket and leaves markup inside it live, so brackets
    are escaped here and the text between them separately.
    """
    pieces = _BRACKETS.split(text)
    return "".join("\\" + piece if piece in ("[", "]") else discord.utils.escape_markdown(piece) for piece in pieces)


def neutralise_mentions(text: str) -> str:
    """Return ``text`` with mentions made inert (``@everyone``, ``@here``, ``<@123>``, ``<@&1>``, ``<#1>``).

    A zero-width space after every ``@`` and after ``<#`` keeps the text readable but stops
    Discord from parsing a mention; sending with ``AllowedMentions.none()`` is the second guard.
    """
    return text.replace("@", "@" + ZERO_WIDTH_SPACE).replace(_CHANNEL_MENTION, _CHANNEL_MENTION + ZERO_WIDTH_SPACE)


def safe_text(text: str) -> str:
    """Return untrusted text (articles, user input) escaped and with mentions neutralised."""
    return neutralise_mentions(escape_markdown(text))


def safe_within(text: str, limit: int) -> str:
    """Return :func:`safe_text` of ``text`` shortened at a word boundary to fit ``limit`` characters."""
    return fit_rendered(text, limit, safe_text)
