"""Commands are defined here once (name, arguments, help, handler); every adapter registers these.

Adding a command means adding a module with a ``COMMAND`` and listing it in
:func:`default_commands`; no adapter changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answers import Answer
    from bot.library import Library

Handler = Callable[["Library", dict[str, str]], "Answer"]

# Modules that define one command each (a module-level ``COMMAND``), in the order help lists them.
COMMAND_MODULES = (
    "bot.quote_command",
    "bot.when_command",
    "bot.search",
    "bot.source",
    "bot.speakers_command",
    "bot.help",
    "bot.reload_command",
)


@dataclass(frozen=True)
class Argument:
    """A command argument. Arguments are text; the last one takes the rest of a typed line.

    ``suggestions`` names a source of completions adapters may offer (``"speakers"``).
    """

    name: str
    description: str
    required: bool = True
    suggestions: str | None = None


@dataclass(frozen=True)
class Command:
    """A chat command: what it is called, what it takes, what it does."""

    name: str
    summary: str
    arguments: tuple[Argument, ...]
    handler: Handler
    examples: tuple[str, ...] = field(default_factory=tuple)
    admin: bool = False  # operators only: offered in the local console, never registered in chat

    @property
    def usage(self) -> str:
        """The usage line, e.g. ``/quote <person> [topic]``."""
        parts = [f"<{a.name}>" if a.required else f"[{a.name}]" for a in self.arguments]
        return " ".join([f"/{self.name}", *parts])


def default_commands(*, include_admin: bool = False) -> dict[str, Command]:
    """Return the core's commands by name (modules that are not present are left out).

    Args:
        include_admin: also return operator commands such as ``/reload`` (the console does;
            chat adapters do not, so no chat user can run them).
    """
    commands: dict[str, Command] = {}
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        command: Command = module.COMMAND
        if include_admin or not command.admin:
            commands[command.name] = command
    return commands


def parse_line(line: str, commands: dict[str, Command]) -> tuple[str, dict[str, str]]:
    """Split a typed line (``/search Raketenabwehr``) into a command name and its arguments.

    The leading slash is optional. The first argument receives the whole rest of the line:
    handlers of several-argument commands (``/quote <person> [topic]``) split it themselves,
    because names have several words.

    Returns:
        The lowercased command name (``""`` for an empty line) and the arguments by name.
    """
    stripped = line.strip()
    if not stripped:
        return "", {}
    name, _, rest = stripped.lstrip("/").partition(" ")
    name = name.lower()
    command = commands.get(name)
    if command is None or not command.arguments:
        return name, {}
    return name, {command.arguments[0].name: rest.strip()}
