"""The console adapter: an interactive prompt and a one-shot mode over the same core commands."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TextIO

from bot import messages
from bot.answers import Answer
from bot.presentation import also_cited_label, citation_line, excerpt_segments, item_label, suggestions_line
from bot.service import NewsBot

_log = logging.getLogger(__name__)

HISTORY_FILE = Path.home() / ".newsbot_history"
PROMPT = "newsbot> "


def render_text(answer: Answer, *, bold: bool = False, per_page: int = 0) -> str:
    """Render an answer readably for a terminal.

    Args:
        answer: the core's answer.
        bold: mark matched words with ANSI bold (a terminal) instead of ``*stars*``.
        per_page: show at most this many items (0: all).
    """
    on, off = ("\033[1m", "\033[0m") if bold else ("*", "*")
    lines = [f"== {answer.title} =="]
    if answer.notice:
        lines.append(("! " if answer.notice.is_error else "") + answer.notice.text)
    suggestions = suggestions_line(answer)
    if suggestions:
        lines.append(suggestions)
    if answer.body:
        lines.append(answer.body)
    items = answer.items[:per_page] if per_page else answer.items
    for number, item in enumerate(items, start=1):
        label = item_label(item)
        if label:
            lines.append(f"[{number}] {label}")
        else:
            lines.append(f"[{number}]")
        excerpt = "".join(f"{on}{piece}{off}" if matched else piece for piece, matched in excerpt_segments(item))
        lines.append("    " + excerpt.replace("\n", "\n    "))
        lines.append("    — " + citation_line(item.citation) + (f" <{item.citation.url}>" if item.citation.url else ""))
        for other in item.also_cited:
            lines.append(f"    — {also_cited_label()}: " + citation_line(other))
    if per_page and len(answer.items) > per_page:
        lines.append(messages.text("I041", remaining=len(answer.items) - per_page))
    if answer.has_image:
        lines.append(messages.text("I042"))
    return "\n".join(lines)


def ask_once(bot: NewsBot, line: str, *, as_json: bool, out: TextIO = sys.stdout) -> int:
    """Answer one command line and print it (as JSON with ``as_json``); return an exit code."""
    answer = bot.ask(line)
    if as_json:
        out.write(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(render_text(answer, bold=out.isatty()) + "\n")
    return 0 if answer.ok else 1


def _setup_line_editing() -> None:
    try:
        import readline
    except ImportError:  # no readline on this platform: plain input still works
        return
    try:
        readline.read_history_file(HISTORY_FILE)
    except (OSError, FileNotFoundError):
        pass
    readline.set_history_length(1000)
    import atexit

    atexit.register(lambda: _save_history(readline))


def _save_history(readline_module) -> None:
    try:
        readline_module.write_history_file(HISTORY_FILE)
    except OSError as error:
        _log.debug("Could not save history: %s", error)


def run_console(bot: NewsBot, *, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout) -> int:
    """Run the interactive console until ``quit`` or end of input; return an exit code."""
    interactive = stdin.isatty() and out.isatty()
    if interactive:
        _setup_line_editing()
    out.write(messages.text("I040") + "\n")
    last: Answer | None = None
    while True:
        try:
            line = input(PROMPT) if interactive else stdin.readline()
        except (EOFError, KeyboardInterrupt):
            out.write("\n")
            return 0
        if not interactive:
            if line == "":
                return 0
            out.write(PROMPT + line.rstrip("\n") + "\n")
        line = line.strip()
        if line.lower() in {"quit", "exit", ":q"}:
            return 0
        if not line:
            continue
        if line.lower().startswith("save "):
            out.write(_save_image(last, line[5:].strip()) + "\n")
            continue
        if line.lower() == "help":
            line = "/help"
        last = bot.ask(line)
        # a terminal scrolls: two pages of an answer at once
        out.write(render_text(last, bold=interactive, per_page=bot.settings.items_per_page * 2) + "\n")
        out.flush()


def _save_image(answer: Answer | None, target: str) -> str:
    if answer is None or answer.image_png is None:
        return messages.text("W040")
    path = Path(target).expanduser()
    try:
        path.write_bytes(answer.image_png)
    except OSError as error:
        return messages.text("E040", path=path, reason=error.strerror or error)
    return messages.text("I043", path=path)
