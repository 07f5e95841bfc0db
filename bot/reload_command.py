"""``/reload``: take in new, changed and removed articles now (an admin command).

The command only starts the work (see :mod:`bot.reload`) and answers at once, so no chat
adapter waits on corpus work. Who may run it is for the adapter to decide.
"""

from __future__ import annotations

from bot import messages
from bot.answers import Answer
from bot.commands import Command
from bot.library import Library
from bot.reload import reloader_for


def start_reload(library: Library) -> Answer:
    """Start a background reload of the corpus behind ``library``; say whether it started."""
    answer = Answer(command="reload", title=messages.text("T020"))
    reloader = reloader_for(library)
    if reloader is None:
        answer.notice = messages.notice("W021")
        return answer
    started = reloader.reload()
    answer.notice = messages.notice("I020" if started else "W020")
    last = reloader.last_changes
    if last is not None:
        answer.body = messages.text("I021", new=len(last.new), changed=len(last.changed), removed=len(last.removed))
    return answer


def _handle(library: Library, arguments: dict[str, str]) -> Answer:
    return start_reload(library)


COMMAND = Command(
    name="reload",
    summary="Take in new, changed and removed articles now (admins).",
    arguments=(),
    handler=_handle,
    examples=("/reload",),
    admin=True,
)
