"""Answering an interaction: defer, run the core off the event loop, send the pages, report errors."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord

from adapters.discord.embeds import render_pages, timeline_file
from adapters.discord.paging import AnswerPager
from bot import messages
from bot.answers import Answer
from bot.service import NewsBot

_log = logging.getLogger(__name__)


def no_mentions() -> discord.AllowedMentions:
    """The mentions every reply allows: none (article text must never ping anyone)."""
    return discord.AllowedMentions.none()


async def answer_interaction(
    interaction: discord.Interaction,
    *,
    newsbot: NewsBot,
    command: str,
    arguments: dict[str, str | None],
    items_per_page: int,
) -> None:
    """Answer a slash command: defer, run ``command`` in a worker thread, send the first page.

    The interaction is deferred first because an answer may take longer than Discord's three
    seconds. A long answer is sent with an :class:`~adapters.discord.paging.AnswerPager`; the
    ``/when`` picture is attached as ``timeline.png``. An error answer from the core, or any
    failure here, becomes a private (ephemeral) message and a log line.

    Args:
        interaction: the slash-command interaction.
        newsbot: the core.
        command: the core command's name.
        arguments: the options as Discord delivered them (``None`` for options left out).
        items_per_page: the most items on one page.
    """
    try:
        await interaction.response.defer(thinking=True, ephemeral=False)
    except discord.HTTPException as error:  # the interaction expired or was answered elsewhere
        _log.warning("Could not defer /%s: %s", command, error)
        return
    try:
        given = {name: value for name, value in arguments.items() if value is not None}
        answer: Answer = await asyncio.to_thread(newsbot.run, command, given)
        if answer.has_image:
            await asyncio.to_thread(lambda: answer.image_png)  # draw the picture off the event loop
        pages = render_pages(answer, items_per_page=items_per_page)
        if not answer.ok:
            _log.info("/%s answered with %s", command, answer.notice.code if answer.notice else "an error")
            await _replace_with_private(interaction, embeds=pages[0])
            return
        await _send_pages(interaction, answer, pages)
    except Exception as error:
        await send_error(interaction, error, what=f"/{command}", replace_deferred=True)


async def _send_pages(interaction: discord.Interaction, answer: Answer, pages: list[list[discord.Embed]]) -> None:
    send: dict[str, Any] = {"embeds": pages[0], "allowed_mentions": no_mentions(), "wait": True}
    picture = timeline_file(answer)
    if picture is not None:
        send["files"] = [picture]
    pager = AnswerPager(pages=pages) if len(pages) > 1 else None
    if pager is not None:
        send["view"] = pager
    message = await interaction.followup.send(**send)
    if pager is not None:
        pager.message = message


async def _replace_with_private(interaction: discord.Interaction, **send: Any) -> None:
    """Send ``send`` so only the asker sees it, in place of the public "thinking…" message.

    A deferred response keeps the visibility it was deferred with, so the public placeholder is
    deleted and the message follows as an ephemeral follow-up.
    """
    try:
        await interaction.delete_original_response()
    except discord.HTTPException as error:
        _log.debug("Could not delete the deferred response: %s", error)
    await interaction.followup.send(ephemeral=True, allowed_mentions=no_mentions(), **send)


async def send_error(
    interaction: discord.Interaction, error: BaseException, *, what: str, replace_deferred: bool = False
) -> None:
    """Log ``error`` with a reference and tell the user privately that something went wrong.

    Args:
        interaction: the interaction that failed.
        error: the exception, logged with its traceback (never shown to the user).
        what: what failed, for the log line (``"/search"``, ``"paging"``).
        replace_deferred: delete the public "thinking…" placeholder of a deferred slash
            command, so the message is private; a button's message is left alone.

    Never raises: if even the error message cannot be sent, that is logged too.
    """
    text = messages.failure("E001", _log, f"Discord {what}", error).text
    try:
        if interaction.response.is_done() and replace_deferred:
            await _replace_with_private(interaction, content=text)
        elif interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=no_mentions())
        else:
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=no_mentions())
    except discord.HTTPException as failure:
        _log.warning("Could not send the error message (%s): %s", text, failure)
