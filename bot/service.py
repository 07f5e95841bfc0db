"""The bot's front door for adapters: validate input, run a command, never raise into chat.

Adapters call :meth:`NewsBot.ask` (a typed line) or :meth:`NewsBot.run` (a command name and
its arguments, as slash-command platforms deliver them). Both always return an
:class:`~bot.answers.Answer`; an unexpected error becomes a friendly notice and a log line.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace

from bot import heap, messages
from bot.answers import Answer
from bot.commands import Command, default_commands, parse_line
from bot.config import Settings
from bot.help import describe_commands
from bot.library import Library

_log = logging.getLogger(__name__)


class NewsBot:
    """Runs the core's commands over a library.

    Args:
        library: the archive to answer from.
        settings: limits such as the longest accepted query.
    """

    def __init__(self, library: Library, settings: Settings, *, admin: bool = False) -> None:
        self._library = library
        heap.settle("library")
        self._lock = threading.Lock()
        self.settings = settings
        self.commands: dict[str, Command] = default_commands(include_admin=admin)
        # /help describes this bot's own commands (operator ones included where offered)
        self.commands["help"] = replace(
            self.commands["help"], handler=lambda library, arguments: describe_commands(library, arguments.get("command", ""), self.commands)
        )

    @classmethod
    def from_settings(cls, settings: Settings, *, admin: bool = False, watch: bool = False) -> "NewsBot":
        """Load the archive named by ``settings`` and return a bot over it.

        Args:
            settings: the configuration.
            admin: offer operator commands (``/reload``); only for the local console.
            watch: keep the archive in step with the corpus folder, checking it every
                ``settings.watch_interval_seconds`` in a background thread.
        """
        bot = cls(Library.from_settings(settings), settings, admin=admin)
        watching = watch and settings.watch_interval_seconds > 0
        if watching or admin:  # /reload works without a watch too
            from bot.reload import Reloader

            reloader = Reloader(bot=bot, settings=settings)
            if watching:
                reloader.watch(settings.watch_interval_seconds)
        return bot

    @property
    def library(self) -> Library:
        """The library currently answering (replaced atomically by :meth:`replace_library`)."""
        return self._library

    def replace_library(self, library: Library) -> None:
        """Swap in a rebuilt library; answers in progress finish on the old one."""
        with self._lock:
            self._library = library
        heap.settle("library")

    def ask(self, line: str) -> Answer:
        """Answer a typed command line such as ``/search Raketenabwehr``."""
        if len(line) > self.settings.max_query_chars * 4:
            return self._refuse_long(line.split(" ", 1)[0].lstrip("/").lower() or "help", len(line))
        name, arguments = parse_line(line, self.commands)
        if not name:
            return describe_commands(self._library, commands=self.commands)
        return self.run(name, arguments)

    def run(self, name: str, arguments: dict[str, str]) -> Answer:
        """Run command ``name`` with ``arguments``; unknown commands, empty or huge input get notices."""
        command = self.commands.get(name.lower().lstrip("/"))
        if command is None:
            answer = describe_commands(self._library, commands=self.commands)
            answer.command = "help"
            answer.notice = messages.notice("W003", name=name, commands=", ".join(f"/{c}" for c in self.commands))
            return answer
        cleaned = {k: " ".join(str(v).split()) for k, v in arguments.items() if v is not None}
        total = sum(len(v) for v in cleaned.values())
        if total > self.settings.max_query_chars:
            return self._refuse_long(command.name, total)
        for argument in command.arguments:
            if argument.required and not cleaned.get(argument.name):
                answer = Answer(command=command.name, title=command.summary)
                answer.notice = messages.notice("W001", usage=command.usage)
                return answer
        library = self._library
        try:
            return command.handler(library, cleaned)
        except Exception as error:
            answer = Answer(command=command.name, title=command.summary)
            answer.notice = messages.failure("E001", _log, f"Command /{command.name}", error)
            return answer
        finally:
            heap.keep()  # what the command read and kept (stored articles) leaves the collector's walks

    def _refuse_long(self, name: str, length: int) -> Answer:
        answer = Answer(command=name, title=messages.text("T002"))
        answer.notice = messages.notice("W002", length=length, limit=self.settings.max_query_chars)
        return answer
