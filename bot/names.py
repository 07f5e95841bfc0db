"""Matching person names by sound and by spelling, across English and German transliterations.

Users write names the English way ("Medvedev", "Lavrov", "Shoigu"); German articles write
"Medwedew", "Lawrow", "Schoigu". The Cologne phonetic code (Kölner Phonetik) gives such pairs
the same key without a list of spellings; a fuzzy ratio catches typos.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from bot.analysis import fold


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
    return len(code) >= 2 and code == cologne_code(second)


def closest_names(query: str, candidates: Iterable[str], *, limit: int = 5, cutoff: float = 60.0) -> list[str]:
    """Return up to ``limit`` candidates that sound like or are spelled like ``query``, best first.

    Args:
        query: what the user typed (any case, English or German spelling, typos).
        candidates: known names.
        limit: how many names to return at most.
        cutoff: minimum fuzzy score (0–100) for a spelling match.
    """
    candidates = list(dict.fromkeys(candidates))
    query_words = [w for w in fold(query).split() if w]
    scored: dict[str, float] = {}
    for name in candidates:
        name_words = fold(name).split()
        if query_words and all(any(sounds_alike(q, n) for n in name_words) for q in query_words):
            scored[name] = 100.0 + len(query_words)
    folded = [fold(c) for c in candidates]
    for _, score, index in process.extract(fold(query), folded, scorer=fuzz.WRatio, limit=limit * 3):
        original = candidates[index]
        if score >= cutoff:
            scored[original] = max(scored.get(original, 0.0), float(score))
    return [name for name, _ in sorted(scored.items(), key=lambda item: -item[1])][:limit]
