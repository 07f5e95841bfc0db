"""Sending an answer: its messages through ``respond()`` and the timeline picture as a file upload.

The picture goes only where the answer is visible to the channel: uploading it beside a private
(ephemeral) answer would show the whole channel what one person asked. A failed upload is a
friendly message to the asker and a log line, never silence.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack import buttons
from adapters.slack.blocks import notice_message, render_messages
from adapters.slack.buttons import ButtonRequest
from bot import messages
from bot.answers import Answer, Notice

_log = logging.getLogger(__name__)

Respond = Callable[..., Awaitable[Any]]
TIMELINE_FILENAME = "timeline.png"


async def send_answer(
    answer: Answer,
    *,
    request: ButtonRequest,
    respond: Respond,
    client: AsyncWebClient,
    channel_id: str | None,
    items_per_message: int,
) -> int:
    """Send ``answer`` as the messages of one response, then attach its picture if it has one.

    Args:
        answer: the core's answer.
        request: the command that gave it (for the buttons, the page and the visibility).
        respond: bolt's ``respond`` for this request's ``response_url``.
        client: the Web API client (for the picture upload).
        channel_id: where the request came from (``None`` if unknown).
        items_per_message: the most items in one message.

    Returns:
        How many messages were sent.
    """
    visible = request.response_type == buttons.IN_CHANNEL
    with_picture = answer.has_image and request.first_message == 0
    notes: list[Notice] = []
    if with_picture and not visible:
        notes.append(messages.notice("I030"))
    rendered = render_messages(answer, items_per_message=items_per_message, request=request, notes=notes)
    for message in rendered:
        response = await respond(text=message.text, blocks=message.blocks, response_type=request.response_type, replace_original=False)
        status = getattr(response, "status_code", 200)
        if status != 200:
            _log.warning("Slack refused an answer to /%s through response_url (HTTP %s)", request.command, status)
    if with_picture and visible:
        await attach_picture(answer, respond=respond, client=client, channel_id=channel_id)
    return len(rendered)


async def attach_picture(answer: Answer, *, respond: Respond, client: AsyncWebClient, channel_id: str | None) -> bool:
    """Upload the answer's picture to ``channel_id`` (``files_upload_v2``); tell the asker if it fails.

    Returns:
        True if the picture was uploaded.
    """
    reason = messages.text("L032")
    picture = await asyncio.to_thread(lambda: answer.image_png) if channel_id else None  # drawing is slow
    if channel_id and picture is not None:
        try:
            await client.files_upload_v2(
                channel=channel_id,
                file=picture,
                filename=TIMELINE_FILENAME,
                title=answer.title,
            )
            return True
        except SlackApiError as error:
            reason = str(error.response.get("error", messages.text("L010")))
        except (SlackClientError, aiohttp.ClientError, asyncio.TimeoutError) as error:
            reason = type(error).__name__
    _log.warning("Could not attach the timeline picture to channel %s: %s", channel_id, reason)
    message = notice_message(messages.notice("W030", reason=reason))
    await respond(text=message.text, blocks=message.blocks, response_type=buttons.EPHEMERAL, replace_original=False)
    return False
