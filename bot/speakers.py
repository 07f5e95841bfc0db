"""Known speakers of the archive, for listing, "did you mean" suggestions and autocomplete."""

from __future__ import annotations

from collections.abc import Callable

from bot.library import Library
from bot.names import closest_names, cologne_code


def known_speakers(library: Library) -> list[str]:
    """Return the canonical names of every person quoted in the archive, sorted."""
    from bot.speaker_index import speakers_of

    return sorted(speakers_of(library).names())


def speaker_choices(library: Library, partial: str, limit: int = 25) -> list[str]:
    """Return up to ``limit`` known speakers for what a user has typed so far (autocomplete).

    Empty input lists speakers alphabetically; otherwise prefix matches of any name part come
    first, then names that sound or are spelled alike ("Medvedev" offers "Dmitri Medwedew").
    """
    names = known_speakers(library)
    typed = partial.strip().lower()
    if not typed:
        return names[:limit]
    typed_code = cologne_code(typed) if len(typed) >= 3 else ""
    prefixed = [
        name for name in names
        if name.lower().startswith(typed)
        or any(part.lower().startswith(typed) for part in name.split())
        or (len(typed_code) >= 2 and any(cologne_code(part).startswith(typed_code) for part in name.split()))
    ]
    similar = closest_names(partial, names, limit=limit, cutoff=70.0)
    return list(dict.fromkeys(prefixed + similar))[:limit]


SuggestionSource = Callable[[Library, str, int], list[str]]

# Completion sources a command argument can name (``Argument.suggestions``); adapters that
# offer autocomplete look them up here, so a new source needs no adapter change.
SUGGESTION_SOURCES: dict[str, SuggestionSource] = {"speakers": speaker_choices}
