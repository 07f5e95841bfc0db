"""Matching person names by sound and by spelling, across English and German transliterations.

Users write names the English way ("Medvedev", "Lavrov", "Shoigu"); German articles write
"Medwedew", "Lawrow", "Schoigu". The Cologne phonetic code (Kölner Phonetik) gives such pairs
the same key without a list of spellings; a fuzzy ratio catches typos.

Every comparison of a typed name with known names is made here, with one cut-off per purpose:
taking a typed name for a person (:func:`names_meant`, strict), offering names while the user
types (:func:`names_to_complete`) and "did you mean" after an unknown name
(:func:`names_to_suggest`, generous: the user chooses).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from bot.analysis import fold

# Fuzzy spelling scores (rapidfuzz WRatio, 0–100) a known name needs, one per purpose.
# Taking a typed name for a person without asking: a typo or two ("Stoltenbrg" scores 95 against
# "Stoltenberg"), not a name further off ("Stoltenbarg Jensen" scores 84 against "Jens Stoltenberg").
IDENTIFY_CUTOFF = 88.0
# Autocomplete: the list is short and re-ranked with every letter, so near misses may show.
COMPLETE_CUTOFF = 70.0
# "Did you mean": the user picks from the list, so it may reach furthest.
SUGGEST_CUTOFF = 65.0
# Typed text with fewer letters than this is never taken for a person by spelling alone (it may
# still match a name word exactly or by sound, "Xi" for "Xi Jinping"): below four letters no typo
# reaches IDENTIFY_CUTOFF ("Mas" scores 86 against "Maas"), only a fragment does ("La" scores 90
# inside "Lawrow" and inside "Wladimir"), and a fragment can belong to anyone. It gets "did you
# mean" instead. From four letters a slip can be taken ("Putn" scores 89 against "Putin").
SHORTEST_IDENTIFIED_TEXT = 4

# A Cologne code shorter than this ("0" for "Ai") is shared by too many names to mean anything.
SHORTEST_SOUND_CODE = 2
# Typed text shorter than this is matched by spelling only: two letters say little about a sound.
SHORTEST_SOUNDED_TEXT = 3
# "Did you mean" by sound: a typed word and a name word whose codes begin with this many equal
# digits ("Lavrenti" 53762 and "Lawrow" 5373).
SUGGEST_SHARED_SOUND = 3


def _code_for(letter: str, previous: str, following: str) -> str:
    if letter in "aeijouy":
        return "0"
    if letter == "h":
        return ""
    if letter == "b":
        return "1"
    if letter == "p":
        return "3" if following == "h" else "1"
    if letter in "dt":
        return "8" if following in "csz" else "2"
    if letter in "fvw":
        return "3"
    if letter in "gkq":
        return "4"
    if letter == "c":
        if not previous:
            return "4" if following in "ahkloqrux" else "8"
        if previous in "sz":
            return "8"
        return "4" if following in "ahkoqux" else "8"
    if letter == "x":
        return "8" if previous in "ckq" else "48"
    if letter == "l":
        return "5"
    if letter in "mn":
        return "6"
    if letter == "r":
        return "7"
    if letter in "sz":
        return "8"
    return ""


@functools.lru_cache(maxsize=65536)
def cologne_code(word: str) -> str:
    """Return the Kölner Phonetik code of ``word`` ("Medvedev" and "Medwedew" → ``"62323"``)."""
    letters = [c for c in fold(word) if c.isalpha()]
    raw = []
    for index, letter in enumerate(letters):
        previous = letters[index - 1] if index else ""
        following = letters[index + 1] if index + 1 < len(letters) else ""
        raw.append(_code_for(letter, previous, following))
    digits = "".join(raw)
    collapsed = []
    for digit in digits:
        if not collapsed or collapsed[-1] != digit:
            collapsed.append(digit)
    if not collapsed:
        return ""
    return collapsed[0] + "".join(d for d in collapsed[1:] if d != "0")


def sounds_alike(first: str, second: str) -> bool:
    """Return True if two name words share a non-trivial Cologne code."""
    code = cologne_code(first)
    return len(code) >= SHORTEST_SOUND_CODE and code == cologne_code(second)


def same_word(typed: str, known: str) -> bool:
    """Return True if the typed name word ``typed`` can stand for the name word ``known``:
    spelled the same (ignoring case and umlauts) or sounding alike ("Lavrov" for "Lawrow").

    Args:
        typed: one word as the user wrote it.
        known: one word of a known name.
    """
    return fold(typed) == fold(known) or sounds_alike(typed, known)


def words_match(typed_words: Iterable[str], known_words: Iterable[str]) -> bool:
    """Return True if every typed word is :func:`same_word` as one of ``known_words``.

    No typed words match trivially; callers that need a name check for one themselves.

    Args:
        typed_words: the words the user wrote.
        known_words: the words of one known name (or of all of a person's spellings).
    """
    known = list(known_words)
    return all(any(same_word(word, name_word) for name_word in known) for word in typed_words)


def closest_names(query: str, candidates: Iterable[str], *, cutoff: float, limit: int = 5) -> list[str]:
    """Return up to ``limit`` candidates that sound like or are spelled like ``query``, best first.

    A candidate whose words the query's words all match (:func:`words_match`) ranks above any
    spelling match; the rest rank by fuzzy score.

    Args:
        query: what the user typed (any case, English or German spelling, typos).
        candidates: known names.
        limit: how many names to return at most.
        cutoff: minimum fuzzy score (0–100) for a spelling match: one of the ``*_CUTOFF``
            constants of this module, by purpose.

    Returns:
        Candidate names as given, each once; empty if none is close enough.
    """
    candidates = list(dict.fromkeys(candidates))
    query_words = [w for w in fold(query).split() if w]
    scored: dict[str, float] = {}
    for name in candidates:
        if query_words and words_match(query_words, fold(name).split()):
            scored[name] = 100.0 + len(query_words)
    folded = [fold(c) for c in candidates]
    for _, score, index in process.extract(fold(query), folded, scorer=fuzz.WRatio, limit=limit * 3):
        original = candidates[index]
        if score >= cutoff:
            scored[original] = max(scored.get(original, 0.0), float(score))
    return [name for name, _ in sorted(scored.items(), key=lambda item: -item[1])][:limit]


def names_meant(typed: str, candidates: Iterable[str], *, limit: int = 2) -> list[str]:
    """Return the candidates so close to ``typed`` that it can be taken for them, best first
    (the last resort when no name matches word by word; cut-off :data:`IDENTIFY_CUTOFF`).

    Text of fewer than :data:`SHORTEST_IDENTIFIED_TEXT` letters is too short to be a misspelt
    name: it is taken for nobody.

    Args:
        typed: the name as the user wrote it.
        candidates: known names.
        limit: how many names to return at most (two tell the caller whether one is unique).
    """
    if sum(character.isalnum() for character in fold(typed)) < SHORTEST_IDENTIFIED_TEXT:
        return []
    return closest_names(typed, candidates, limit=limit, cutoff=IDENTIFY_CUTOFF)


def names_to_complete(typed: str, candidates: Sequence[str], *, limit: int) -> list[str]:
    """Return up to ``limit`` candidates to offer for what a user has typed so far (autocomplete).

    Empty input offers the candidates in their order; otherwise names with a word that begins
    like the input, in spelling or in sound ("Medv" offers "Dmitri Medwedew"), come first, then
    close spellings (cut-off :data:`COMPLETE_CUTOFF`).

    Args:
        typed: what the user has typed so far.
        candidates: known names, in the order to offer them when nothing is typed.
        limit: how many names to return at most.
    """
    lowered = typed.strip().lower()
    if not lowered:
        return list(candidates[:limit])
    typed_code = cologne_code(lowered) if len(lowered) >= SHORTEST_SOUNDED_TEXT else ""
    sounded = len(typed_code) >= SHORTEST_SOUND_CODE
    beginning = [
        name for name in candidates
        if name.lower().startswith(lowered)
        or any(part.lower().startswith(lowered) for part in name.split())
        or (sounded and any(cologne_code(part).startswith(typed_code) for part in name.split()))
    ]
    similar = closest_names(typed, candidates, limit=limit, cutoff=COMPLETE_CUTOFF)
    return list(dict.fromkeys(beginning + similar))[:limit]


def names_to_suggest(typed: str, candidates: Iterable[str], *, limit: int) -> list[str]:
    """Return the candidates a "did you mean" may offer for an unknown name ``typed``.

    First up to ``limit`` close spellings, best first (cut-off :data:`SUGGEST_CUTOFF`), then every
    candidate with a word that begins with a typed word ("An" offers "Anders Fogh Rasmussen",
    whose length keeps its spelling score low), then every candidate with a word whose sound
    begins like a typed word's (:data:`SUGGEST_SHARED_SOUND` digits), in the candidates' order;
    each once.

    Args:
        typed: the name as the user wrote it.
        candidates: known names.
        limit: how many close spellings to take at most (names by sound come on top of them).
    """
    candidates = list(dict.fromkeys(candidates))
    close = closest_names(typed, candidates, limit=limit, cutoff=SUGGEST_CUTOFF)
    typed_words = [fold(word) for word in typed.split()]
    beginning = [
        name for name in candidates
        if any(known.startswith(word) for word in typed_words for known in fold(name).split())
    ]
    typed_codes = [cologne_code(word) for word in typed.split() if len(word) >= SHORTEST_SOUNDED_TEXT]
    sounding = [
        name for name in candidates
        if any(
            len(os.path.commonprefix([code, cologne_code(word)])) >= SUGGEST_SHARED_SOUND
            for code in typed_codes
            for word in name.split()
        )
    ]
    return list(dict.fromkeys(close + beginning + sounding))
