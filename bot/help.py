"""``/help``: what the bot can do, built from the command definitions."""

from __future__ import annotations

from bot import messages
from bot.answers import Answer
from bot.commands import Argument, Command, default_commands
from bot.library import Library


def describe_commands(library: Library | None = None, topic: str = "", commands: dict[str, Command] | None = None) -> Answer:
    """Return the usage and summary of every command (or of the one named by ``topic``).

    ``commands``: the commands a bot offers (default: the standard set, without operator ones).
    """
    commands = commands if commands is not None else default_commands()
    wanted = topic.strip().lstrip("/").lower()
    chosen = [commands[wanted]] if wanted in commands else list(commands.values())
    lines = []
    for command in chosen:
        lines.append(f"{command.usage} — {command.summary}")
        for argument in command.arguments:
            lines.append(f"    {argument.name}: {argument.description}")
        if command.examples:
            lines.append("    " + messages.text("I006", examples="   ".join(command.examples)))
    if library is not None and library.report is not None:
        lines.append(messages.text("I002", articles=len(library.articles), passages=len(library.passages)))
    return Answer(command="help", title=messages.text("T001"), body="\n".join(lines))


def _handle(library: Library, arguments: dict[str, str]) -> Answer:
    return describe_commands(library, arguments.get("command", ""))


COMMAND = Command(
    name="help",
    summary="List the commands, or explain one.",
    arguments=(Argument("command", "A command to explain, e.g. 'quote'.", required=False),),
    handler=_handle,
    examples=("/help", "/help search"),
)
