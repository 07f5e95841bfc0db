"""Slash commands built from the core's command definitions, with autocomplete of suggestions.

Every core :class:`~bot.commands.Command` becomes an application command; each of its
arguments a string option, required as the core says. Nothing here names a particular command.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable
from typing import Any, Optional

import discord
from discord import app_commands

from adapters.discord.replies import answer_interaction
from bot.commands import Argument, Command
from bot.config import Settings
from bot.library import Library
from bot.presentation import shorten
from bot.service import NewsBot
from bot.speakers import SUGGESTION_SOURCES

_log = logging.getLogger(__name__)

NAME_LIMIT = 32
DESCRIPTION_LIMIT = 100
CHOICE_LIMIT = 100
AUTOCOMPLETE_LIMIT = 25
OPTION_LENGTH_LIMIT = 6000



def build_app_commands(newsbot: NewsBot, settings: Settings) -> list[app_commands.Command]:
    """Return an application command for every command the core defines, in the core's order."""
    return [build_app_command(command, newsbot=newsbot, settings=settings) for command in newsbot.commands.values()]


def build_app_command(command: Command, *, newsbot: NewsBot, settings: Settings) -> app_commands.Command:
    """Return the application command for one core command.

    Options are named and described as in the core (descriptions shortened to Discord's 100
    characters at a word boundary), required ones first as Discord demands, each limited to
    the core's longest accepted query. An argument with ``suggestions`` gets autocomplete.

    Raises:
        ValueError: if the command or an argument name is not a valid Discord name.
    """
    arguments = sorted(command.arguments, key=lambda argument: not argument.required)
    # Python parameters get neutral names; ``rename`` gives Discord the core's names, whatever they are.
    parameter_names = {f"option_{position}": argument for position, argument in enumerate(arguments)}
    items_per_page = settings.discord.items_per_page
    text = app_commands.Range[str, 1, min(OPTION_LENGTH_LIMIT, max(1, settings.max_query_chars))]

    async def callback(interaction: discord.Interaction, **options: str | None) -> None:
        """Answer the slash command with the core's answer."""
        values = {parameter_names[name].name: value for name, value in options.items()}
        await answer_interaction(
            interaction, newsbot=newsbot, command=command.name, arguments=values, items_per_page=items_per_page
        )

    parameters = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction)]
    for name, argument in parameter_names.items():
        parameters.append(
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=text if argument.required else Optional[text],
                default=inspect.Parameter.empty if argument.required else None,
            )
        )
    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    app_commands.rename(**{name: discord_name(argument.name) for name, argument in parameter_names.items()})(callback)
    app_commands.describe(**{name: discord_description(argument.description) for name, argument in parameter_names.items()})(callback)
    completions = {name: _completer(argument, newsbot) for name, argument in parameter_names.items() if argument.suggestions}
    completions = {name: completer for name, completer in completions.items() if completer is not None}
    if completions:
        app_commands.autocomplete(**completions)(callback)
    return app_commands.Command(
        name=discord_name(command.name), description=discord_description(command.summary), callback=callback
    )


def discord_name(name: str) -> str:
    """Return a core name as Discord accepts it: lowercase, at most 32 characters."""
    return name.strip().lstrip("/").lower()[:NAME_LIMIT]


def discord_description(text: str) -> str:
    """Return a core description within Discord's 100 characters, shortened between words."""
    return shorten(" ".join(text.split()), DESCRIPTION_LIMIT) or "…"


def _completer(argument: Argument, newsbot: NewsBot) -> Callable[..., Any] | None:
    if argument.suggestions not in SUGGESTION_SOURCES:
        _log.warning("No completions for '%s': unknown suggestion source '%s'", argument.name, argument.suggestions)
        return None
    source = argument.suggestions

    async def complete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        """Offer completions for what the user has typed so far."""
        return await suggestion_choices(newsbot.library, source, current)

    return complete


async def suggestion_choices(library: Library, source: str, typed: str) -> list[app_commands.Choice[str]]:
    """Return up to 25 autocomplete choices from the suggestion source ``source`` for ``typed``.

    The source runs in a worker thread (the first call may build the speaker index). A failing
    source is logged and offers nothing: autocomplete must never break typing.
    """
    lookup = SUGGESTION_SOURCES[source]
    try:
        names = await asyncio.to_thread(lookup, library, typed or "", AUTOCOMPLETE_LIMIT)
    except Exception:
        _log.exception("Autocomplete from '%s' failed for %r", source, typed)
        return []
    return [
        app_commands.Choice(name=shorten(name, CHOICE_LIMIT), value=name[:CHOICE_LIMIT])
        for name in list(dict.fromkeys(names))[:AUTOCOMPLETE_LIMIT]
        if name.strip()
    ]
