"""The bolt app: one slash command per core command, the answer buttons, and error handling.

Every listener acknowledges first (Slack allows 3 seconds), runs the core in a worker thread
so the event loop keeps acknowledging other requests, then answers through ``respond()``.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack import buttons
from adapters.slack.blocks import notice_message
from adapters.slack.buttons import ButtonRequest
from adapters.slack.delivery import Respond, send_answer
from bot import messages
from bot.commands import Command
from bot.config import Settings
from bot.service import NewsBot

_log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
EVENTS_PATH = "/slack/events"


def build_app(
    *,
    newsbot: NewsBot,
    settings: Settings,
    token: str,
    signing_secret: str = "",
    api_url: str | None = None,
) -> AsyncApp:
    """Return a bolt app that serves every command of ``newsbot`` and the answer buttons.

    Args:
        newsbot: the core.
        settings: ``settings.slack`` gives the default visibility and the items per message.
        token: the bot token (``xoxb-…``); never logged.
        signing_secret: verifies HTTP requests (HTTP mode); unused in Socket Mode.
        api_url: the Web API base URL (``SLACK_API_URL``), e.g. a local stand-in.
    """
    # The app's own client carries no token: each request gets the bot token from the authorization.
    app = AsyncApp(
        client=web_client(None, api_url),
        authorize=cached_authorization(web_client(token, api_url)),
        signing_secret=signing_secret,
        name="newsbot",
    )
    for definition in newsbot.commands.values():
        app.command(command_pattern(definition.name))(_slash_listener(newsbot, settings, definition))
    listener = _button_listener(newsbot, settings)
    app.action(buttons.POST_TO_CHANNEL)(listener)
    app.action(buttons.SHOW_MORE)(listener)
    return app


def web_client(token: str | None, api_url: str | None) -> AsyncWebClient:
    """Return a Web API client for ``api_url`` (``SLACK_API_URL``; default Slack's own)."""
    base_url = api_url or DEFAULT_API_URL
    return AsyncWebClient(token=token, base_url=base_url if base_url.endswith("/") else base_url + "/")


def cached_authorization(client: AsyncWebClient) -> Callable[..., Awaitable[AuthorizeResult]]:
    """Return a bolt ``authorize`` function that calls ``auth.test`` once and remembers the answer.

    Bolt's default single-workspace authorization calls ``auth.test`` for every request that
    arrives before the first call has returned: a burst of commands at start would each wait
    for their own ``auth.test`` (129 calls for 200 requests in the load test) before the ack.
    """
    lock = asyncio.Lock()
    results: list[AuthorizeResult] = []

    async def authorize(team_id: str | None) -> AuthorizeResult:
        async with lock:
            if not results:
                response = await client.auth_test()
                results.append(AuthorizeResult.from_auth_test_response(bot_token=client.token, auth_test_response=response))
        return results[0]

    return authorize


def command_pattern(name: str) -> re.Pattern[str]:
    """Return the slash commands that run core command ``name``: ``/name`` or a prefixed ``/news-name``.

    The prefix lets a workspace rename a command that clashes with one of Slack's own (``/search``).
    """
    return re.compile(rf"^/(?:[a-z0-9_]+-)?{re.escape(name)}$")


def _slash_listener(newsbot: NewsBot, settings: Settings, definition: Command) -> Callable[..., Awaitable[None]]:
    async def listener(ack: Callable[..., Awaitable[Any]], command: dict[str, Any], respond: Respond, client: AsyncWebClient) -> None:
        await ack()
        text = str(command.get("text") or "")
        arguments = {definition.arguments[0].name: text} if definition.arguments else {}
        visibility = buttons.EPHEMERAL if settings.slack.ephemeral_by_default else buttons.IN_CHANNEL
        request = ButtonRequest(definition.name, arguments, 0, visibility)
        await answer_request(newsbot, settings, request, respond=respond, client=client, channel_id=command.get("channel_id"))

    return listener


def _button_listener(newsbot: NewsBot, settings: Settings) -> Callable[..., Awaitable[None]]:
    async def listener(ack: Callable[..., Awaitable[Any]], body: dict[str, Any], action: dict[str, Any], respond: Respond, client: AsyncWebClient) -> None:
        await ack()
        try:
            request = buttons.decode(str(action.get("value", "")))
        except ValueError as error:
            message = notice_message(messages.failure("E030", _log, f"Unreadable button value: {error}. Reading the button"))
            await respond(text=message.text, blocks=message.blocks, response_type=buttons.EPHEMERAL, replace_original=False)
            return
        channel_id = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        await answer_request(newsbot, settings, request, respond=respond, client=client, channel_id=channel_id)

    return listener


async def answer_request(
    newsbot: NewsBot,
    settings: Settings,
    request: ButtonRequest,
    *,
    respond: Respond,
    client: AsyncWebClient,
    channel_id: str | None,
) -> None:
    """Run ``request`` on the core in a worker thread and send the answer; errors become a message and a log line."""
    try:
        answer = await asyncio.to_thread(newsbot.run, request.command, request.arguments)
        await send_answer(
            answer,
            request=request,
            respond=respond,
            client=client,
            channel_id=channel_id,
            items_per_message=settings.slack.items_per_message,
        )
    except Exception as error:
        message = notice_message(messages.failure("E001", _log, f"Answering /{request.command} in Slack", error))
        try:
            await respond(text=message.text, blocks=message.blocks, response_type=buttons.EPHEMERAL, replace_original=False)
        except Exception:  # the response_url itself failed: the log line above is all that is left
            _log.exception("Could not tell the user: %s", message.text)
