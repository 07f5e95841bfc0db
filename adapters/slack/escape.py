"""Making article text safe for Slack mrkdwn: entities escaped, mentions and markup inert.

Article text is data, not markup. Slack parses ``<...>`` as links and mentions and ``@here``
style words as broadcasts, so ``&``, ``<`` and ``>`` become entities and a zero-width space
follows every ``@``. mrkdwn has no backslash escape; a zero-width space on both sides of ``*``,
``_``, ``~`` and the backtick stops them pairing into formatting whichever way Slack counts the
zero-width space (as a word character the marker is no longer at a word boundary, as a space
the marker no longer touches the text). Our own markup is added only after escaping.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from bot.presentation import web_url

ZERO_WIDTH_SPACE = "\u200b"
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_SPECIAL = re.compile(r"[&<>@*_~`]")


def _replace(match: re.Match[str]) -> str:
    character = match.group(0)
    if character in _ENTITIES:
        return _ENTITIES[character]
    if character == "@":
        return "@" + ZERO_WIDTH_SPACE
    return ZERO_WIDTH_SPACE + character + ZERO_WIDTH_SPACE


def escape_text(text: str) -> str:
    """Return untrusted text (articles, user input) as mrkdwn that shows exactly as typed.

    ``<!channel>`` becomes ``&lt;!channel&gt;``, ``@here`` becomes ``@\\u200bhere`` and
    ``*bold*`` keeps its stars without turning bold.
    """
    return _SPECIAL.sub(_replace, text)


def plain_text(text: str) -> str:
    """Return untrusted text for a ``plain_text`` object: Slack shows it literally, only ``@`` is defused."""
    return text.replace("@", "@" + ZERO_WIDTH_SPACE)


def escape_code(text: str) -> str:
    """Return text for inside a code span (citation ids): entities escaped, backticks replaced.

    Formatting does not apply inside a code span, so ``_`` stays as typed and the id can be
    copied into ``/source``.
    """
    return "".join(_ENTITIES.get(c, c) for c in text).replace("`", "'")


def link(url: str | None, escaped_label: str) -> str:
    """Return ``<url|label>`` for an http(s) URL, else the label alone (no ``javascript:`` or mail links).

    Characters that would end the link early (``|``, ``>``, spaces) are percent-encoded.
    """
    url = web_url(url)
    if url is None:
        return escaped_label
    safe_url = quote(url, safe=":/?#[]@!$&'()*+,;=%~-._").replace("&", "&amp;")
    return f"<{safe_url}|{escaped_label}>"
