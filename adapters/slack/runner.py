"""``python -m bot slack [--http] [--port N]``: start the Slack adapter (Socket Mode or HTTP)."""

from __future__ import annotations

import asyncio
import logging
import os

import aiohttp
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.app import EVENTS_PATH, build_app, web_client
from bot import messages
from bot.config import ConfigurationError, Settings, require_secret
from bot.service import NewsBot

_log = logging.getLogger(__name__)

BOT_TOKEN_VARIABLE = "SLACK_BOT_TOKEN"
APP_TOKEN_VARIABLE = "SLACK_APP_TOKEN"
SIGNING_SECRET_VARIABLE = "SLACK_SIGNING_SECRET"
API_URL_VARIABLE = "SLACK_API_URL"


def run_slack(settings: Settings, *, http: bool, port: int | None = None) -> int:
    """Run the Slack adapter until it is stopped; return the process exit code.

    Socket Mode unless ``http`` or ``slack.mode: http`` in the settings. Secrets come only from
    ``SLACK_BOT_TOKEN`` and ``SLACK_APP_TOKEN`` (Socket Mode) or ``SLACK_SIGNING_SECRET`` (HTTP
    mode) and are never logged; ``SLACK_API_URL`` optionally points the Web API elsewhere.

    Raises:
        ConfigurationError: if a needed variable is missing (the message names it) or the mode
            is unknown; checked before the archive loads.
    """
    mode = "http" if http else settings.slack.mode
    if mode not in ("socket", "http"):
        raise ConfigurationError(messages.text("E032", mode=mode))
    token = require_secret(BOT_TOKEN_VARIABLE, messages.text("H030"))
    if mode == "http":
        secret = require_secret(SIGNING_SECRET_VARIABLE, messages.text("H032"))
    else:
        app_token = require_secret(APP_TOKEN_VARIABLE, messages.text("H031"))
        if port is not None:
            _log.warning("--port is used in HTTP mode only (add --http); ignoring it in Socket Mode")
    # the token first: a wrong one must not wait for the archive to load
    if not asyncio.run(_token_accepted(web_client(token, os.environ.get(API_URL_VARIABLE) or None))):
        return 1
    newsbot = NewsBot.from_settings(settings, watch=True)
    app = build_app(
        newsbot=newsbot,
        settings=settings,
        token=token,
        signing_secret=secret if mode == "http" else "",
        api_url=os.environ.get(API_URL_VARIABLE) or None,
    )
    if mode == "http":
        chosen_port = port or settings.slack.port
        _log.info("Slack adapter in HTTP mode on port %d, requests to %s", chosen_port, EVENTS_PATH)
        app.start(port=chosen_port, path=EVENTS_PATH)
        return 0
    _log.info("Slack adapter in Socket Mode")
    try:
        asyncio.run(AsyncSocketModeHandler(app, app_token).start_async())
    except SlackApiError as error:
        _log.error(messages.text("E031", name=APP_TOKEN_VARIABLE, reason=error.response.get("error", messages.text("L010"))))
        return 1
    except KeyboardInterrupt:
        pass
    return 0


async def _token_accepted(client: AsyncWebClient) -> bool:
    """Check the bot token with ``auth.test`` so a wrong one fails at start, not at the first command."""
    try:
        result = await client.auth_test()
    except SlackApiError as error:
        _log.error(messages.text("E031", name=BOT_TOKEN_VARIABLE, reason=error.response.get("error", messages.text("L010"))))
        return False
    except (SlackClientError, aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
        _log.error(messages.text("E033", reason=error))  # Slack not reachable: a clear line, no traceback
        return False
    _log.info("Connected to Slack as %s in team %s", result.get("user"), result.get("team"))
    return True
