"""``python -m bot discord [--sync guild|global]``: start the Discord adapter."""

from __future__ import annotations

import logging

import discord

from adapters.discord.client import NewsBotClient, check_sync_target
from bot import messages
from bot.config import Settings, require_secret
from bot.service import NewsBot

_log = logging.getLogger(__name__)

TOKEN_VARIABLE = "DISCORD_TOKEN"


def run_discord(settings: Settings, *, sync: str | None = None) -> int:
    """Run the Discord bot until it is stopped; return the process exit code.

    The token comes only from ``DISCORD_TOKEN`` and is never logged. Commands are synced only
    when ``sync`` asks for it (``"guild"``: the test server, ``"global"``: everywhere).

    Raises:
        ConfigurationError: if ``DISCORD_TOKEN`` is missing (the message names it) or ``--sync
            guild`` is asked for without ``discord.test_guild_id``; checked before the archive loads.
    """
    token = require_secret(TOKEN_VARIABLE, messages.text("H050"))
    check_sync_target(sync, settings)
    newsbot = NewsBot.from_settings(settings, watch=True)
    client = NewsBotClient(newsbot=newsbot, settings=settings, sync=sync)
    try:
        client.run(token, log_handler=None)  # logging is configured once, in the entry point
    except discord.LoginFailure:
        _log.error(messages.text("E007", name=TOKEN_VARIABLE))
        return 1
    except discord.PrivilegedIntentsRequired:  # cannot happen with minimal intents, but say so clearly
        _log.error(messages.text("E050"))
        return 1
    return 0
