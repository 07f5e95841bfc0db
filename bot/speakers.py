"""Known speakers of the archive, for listing, "did you mean" suggestions and autocomplete."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot import messages
from bot.answers import Answer
from bot.library import Library
from bot.names import names_to_complete

if TYPE_CHECKING:
    from bot.speaker_index import SpeakerIndex


def known_speakers(library: Library) -> list[str]:
    """Return the canonical names of every person quoted in the archive, sorted."""
    from bot.speaker_index import speakers_of

    return sorted(speakers_of(library).names())


def speaker_choices(library: Library, partial: str, limit: int = 25) -> list[str]:
    """Return up to ``limit`` known speakers for what a user has typed so far (autocomplete).

    Empty input lists speakers alphabetically; otherwise names with a part that begins like the
    input come first, then names that sound or are spelled alike ("Medvedev" offers "Dmitri
    Medwedew"); see :func:`bot.names.names_to_complete`.
    """
    return names_to_complete(partial, known_speakers(library), limit=limit)


def say_no_speaker_matches(answer: Answer, index: SpeakerIndex, typed: str) -> Answer:
    """Tell the user that ``typed`` names no known speaker, offering the speakers it may mean.

    Args:
        answer: the answer to complete (its title is kept).
        index: the archive's speakers.
        typed: the name as the user wrote it.

    Returns:
        ``answer``, with :meth:`SpeakerIndex.suggestions` as its suggestions and a "did you
        mean" notice (W007), or W006 if there is nobody to suggest.
    """
    answer.suggestions = index.suggestions(typed)
    if answer.suggestions:
        answer.notice = messages.notice("W007", name=typed, suggestions=", ".join(answer.suggestions))
    else:
        answer.notice = messages.notice("W006", name=typed)
    return answer


SuggestionSource = Callable[[Library, str, int], list[str]]

# Completion sources a command argument can name (``Argument.suggestions``); adapters that
# offer autocomplete look them up here, so a new source needs no adapter change.
SUGGESTION_SOURCES: dict[str, SuggestionSource] = {"speakers": speaker_choices}
