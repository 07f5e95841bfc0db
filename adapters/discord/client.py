"""The Discord client: minimal intents, no mentions, the core's commands in a command tree."""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from adapters.discord.commands import build_app_commands
from adapters.discord.replies import send_error
from bot import messages
from bot.config import ConfigurationError, Settings
from bot.service import NewsBot

_log = logging.getLogger(__name__)

SYNC_TARGETS = ("guild", "global")
INVITE_SCOPES = ("bot", "applications.commands")


def invite_permissions() -> discord.Permissions:
    """Return the permissions the invite link asks for: see channels, send messages, embed links, attach files."""
    return discord.Permissions(view_channel=True, send_messages=True, embed_links=True, attach_files=True)


def invite_url(application_id: int) -> str:
    """Return the link a server admin opens to add the bot, with scopes ``bot applications.commands``."""
    return discord.utils.oauth_url(application_id, permissions=invite_permissions(), scopes=INVITE_SCOPES)


def minimal_intents() -> discord.Intents:
    """Return the intents the bot needs: only ``guilds`` (no message content, members or presences).

    Slash commands arrive as interactions, which need no intent; ``guilds`` keeps discord.py's
    server cache working, which it relies on for interactions and syncing.
    """
    intents = discord.Intents.none()
    intents.guilds = True
    return intents


def build_tree(client: discord.Client, *, newsbot: NewsBot, settings: Settings) -> app_commands.CommandTree:
    """Return a command tree holding every command the core defines, with a friendly error handler."""
    tree = app_commands.CommandTree(client)
    for command in build_app_commands(newsbot, settings):
        tree.add_command(command)

    @tree.error
    async def on_command_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """Turn an error that escaped a command into a private apology and a log line."""
        name = interaction.command.name if interaction.command else "a command"
        await send_error(interaction, error, what=f"/{name}", replace_deferred=True)

    return tree


async def sync_commands(tree: app_commands.CommandTree, target: str, settings: Settings) -> list[app_commands.AppCommand]:
    """Register the tree's commands with Discord: in the test server (instant) or globally.

    Args:
        tree: the command tree.
        target: ``"guild"`` (``settings.discord.test_guild_id``) or ``"global"``.
        settings: where the test server's id comes from.

    Returns:
        The commands as Discord now knows them.

    Raises:
        ConfigurationError: for ``"guild"`` without a test server id, or an unknown target.
    """
    check_sync_target(target, settings)
    if target == "guild":
        guild = discord.Object(id=settings.discord.test_guild_id)
        tree.copy_global_to(guild=guild)
        synced = await tree.sync(guild=guild)
        _log.info("Synced %d commands to the test server %s", len(synced), settings.discord.test_guild_id)
    else:
        synced = await tree.sync()
        _log.info("Synced %d commands globally (Discord may take a while to show changes)", len(synced))
    return synced


def check_sync_target(target: str | None, settings: Settings) -> None:
    """Raise :class:`ConfigurationError` if ``target`` cannot be synced to with ``settings``."""
    if target is None:
        return
    if target not in SYNC_TARGETS:
        raise ConfigurationError(messages.text("E006", target=target))
    if target == "guild" and not settings.discord.test_guild_id:
        raise ConfigurationError(messages.text("E005"))


class NewsBotClient(discord.Client):
    """A Discord client answering the core's slash commands.

    Args:
        newsbot: the core.
        settings: the bot's settings (Discord section: test server, items per page).
        sync: ``"guild"`` or ``"global"`` to sync the commands once at start-up; ``None`` not to.
    """

    def __init__(self, *, newsbot: NewsBot, settings: Settings, sync: str | None = None) -> None:
        check_sync_target(sync, settings)
        super().__init__(intents=minimal_intents(), allowed_mentions=discord.AllowedMentions.none())
        self.settings = settings
        self.sync_target = sync
        self.tree = build_tree(self, newsbot=newsbot, settings=settings)

    async def setup_hook(self) -> None:
        """Sync the commands if asked to; otherwise Discord keeps the last synced set."""
        if self.sync_target is not None:
            await sync_commands(self.tree, self.sync_target, self.settings)

    async def on_ready(self) -> None:
        """Log who the bot is connected as and its invite link (never the token)."""
        _log.info("Connected to Discord as %s in %d servers", self.user, len(self.guilds))
        if self.application_id is not None:
            _log.info("Invite link: %s", invite_url(self.application_id))
