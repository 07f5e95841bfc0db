"""``/speakers [name]``: the people quoted in the archive, with their roles and quote counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from bot import messages
from bot.answers import Answer
from bot.commands import Argument, Command
from bot.library import Library
from bot.quotes.roles import role_head
from bot.speaker_index import speakers_of
from bot.speakers import say_no_speaker_matches, speaker_choices


# A longer role that differs from a listed one by this many edits is a typo of it ("NaATO-").
ROLE_TYPO_EDITS = 1
SHORTEST_ROLE_FOR_TYPOS = 8


def distinct_roles(roles: Iterable[str]) -> list[str]:
    """Return roles once each, ignoring case, inflection and a one-letter typo.

    Spellings of one role ("Präsident"/"Präsidenten") show in their shortest form; of two roles
    a letter apart ("NATO-"/"NaATO-Generalsekretär") the one more articles use is kept (a
    ``Counter`` gives how many; a plain iterable counts each spelling once).
    """
    counts = roles if isinstance(roles, Counter) else Counter(roles)
    groups: dict[str, list[str]] = {}
    for role in counts:
        groups.setdefault(role_head(role) or role.lower(), []).append(role)
    used = {key: sum(counts[role] for role in spellings) for key, spellings in groups.items()}
    chosen: dict[str, str] = {}
    for key in sorted(groups, key=lambda key: (-used[key], len(key), key)):
        typo_of_listed = len(key) >= SHORTEST_ROLE_FOR_TYPOS and any(
            Levenshtein.distance(key, listed) <= ROLE_TYPO_EDITS for listed in chosen
        )
        if not typo_of_listed:
            chosen[key] = min(groups[key], key=lambda role: (len(role), role))
    return sorted(chosen.values())


def list_speakers(library: Library, typed: str = "") -> Answer:
    """List known speakers (all, or those matching ``typed``) with roles and how often they are quoted.

    A name that matches nobody gets the answer /quote gives it: no known speaker, and the
    speakers it may mean.
    """
    index = speakers_of(library)
    names = speaker_choices(library, typed, limit=200) if typed else sorted(index.names())
    lines = []
    for name in names:
        person = index.person(name)
        if person is None:
            continue
        direct = sum(r.quote.kind == "direct" for r in person.quotes)
        counts = {"person": person.name, "direct": direct, "reported": len(person.quotes) - direct}
        if person.roles:
            lines.append(messages.text("I005", roles=", ".join(distinct_roles(person.roles)), **counts))
        else:
            lines.append(messages.text("I004", **counts))
    answer = Answer(command="speakers", title=messages.text("T003"), body="\n".join(lines) or None)
    if typed and not names:
        return say_no_speaker_matches(answer, index, typed)
    # only the count: the body names each speaker, and a name said twice reads as two people
    answer.notice = messages.notice("I001", count=len(lines))
    return answer


def _handle(library: Library, arguments: dict[str, str]) -> Answer:
    return list_speakers(library, arguments.get("name", ""))


COMMAND = Command(
    name="speakers",
    summary="List the people quoted in the archive (optionally those matching a name).",
    arguments=(Argument("name", "Optional part of a name, e.g. 'Ras' or 'Lavrov'.", required=False),),
    handler=_handle,
    examples=("/speakers", "/speakers Lavrov"),
)
