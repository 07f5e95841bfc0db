"""What the answer buttons carry: the command to run again, so an answer is always recoverable.

Slack gives a button a value of at most 2000 characters and nothing else survives between the
first answer and a click, so the button holds the command name, its arguments and where to
continue; the click runs the command again (answers are deterministic for an archive).
"""

from __future__ import annotations

import json
import logging
from typing import NamedTuple

_log = logging.getLogger(__name__)

POST_TO_CHANNEL = "post_to_channel"
SHOW_MORE = "show_more"
MAX_VALUE_CHARS = 2000
IN_CHANNEL = "in_channel"
EPHEMERAL = "ephemeral"


class ButtonRequest(NamedTuple):
    """A command to run again from a button: name, arguments, first message to send, visibility."""

    command: str
    arguments: dict[str, str]
    first_message: int = 0
    response_type: str = EPHEMERAL


def encode(request: ButtonRequest) -> str | None:
    """Return the button value for ``request``, or ``None`` when it exceeds Slack's 2000 characters."""
    value = json.dumps(
        {"c": request.command, "a": request.arguments, "m": request.first_message, "r": request.response_type},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    if len(value) > MAX_VALUE_CHARS:
        _log.info("No button for /%s: its arguments do not fit a button value", request.command)
        return None
    return value


def decode(value: str) -> ButtonRequest:
    """Return the request a button value holds.

    Raises:
        ValueError: if the value is not one :func:`encode` made.
    """
    try:
        data = json.loads(value)
        arguments = {str(k): str(v) for k, v in dict(data["a"]).items()}
        response_type = IN_CHANNEL if data.get("r") == IN_CHANNEL else EPHEMERAL
        return ButtonRequest(str(data["c"]), arguments, max(0, int(data.get("m", 0))), response_type)
    except (TypeError, KeyError, AttributeError, json.JSONDecodeError) as error:
        raise ValueError(f"not a button value: {error}") from error
