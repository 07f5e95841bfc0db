"""Deciding whether a sentence is about a topic, with the same analysis and glossary as ``/search``.

A topic is a list of groups, one per glossary phrase or remaining word; each group is covered
by any of its alternatives, and an alternative needs all its terms (a compound counts whole or
by all of its parts). A sentence is about the topic when it covers every group (or two thirds
of them for long topics).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.analysis import QUERY_STOP_WORDS
from bot.library import Library


@dataclass(frozen=True)
class Topic:
    """The groups of alternative term sets a topic consists of."""

    text: str
    groups: tuple[tuple[frozenset[str], ...], ...]

    @property
    def terms(self) -> set[str]:
        """Every term of every alternative (for retrieval and highlighting)."""
        return {t for group in self.groups for alternative in group for t in alternative}

    def covered_groups(self, terms: set[str]) -> int:
        """Return how many groups ``terms`` cover."""
        return sum(any(alternative <= terms for alternative in group) for group in self.groups)

    def is_covered_by(self, terms: set[str]) -> bool:
        """Return True if ``terms`` (a sentence's analysed words) are about the topic."""
        if not self.groups:
            return False
        needed = len(self.groups) if len(self.groups) <= 2 else -(-2 * len(self.groups) // 3)
        return self.covered_groups(terms) >= needed


def _alternatives(library: Library, phrase: str) -> list[frozenset[str]]:
    """The term sets that stand for a German phrase: each compound whole, or all of its parts."""
    whole: set[str] = set()
    parts: set[str] = set()
    for token in library.analyzer.tokens(phrase):
        if not token.terms:
            continue
        whole.add(token.terms[0])
        parts.update(token.terms[1:] if len(token.terms) > 1 else token.terms)
    options = [frozenset(whole)] if whole else []
    if parts and parts != whole:
        options.append(frozenset(parts))
    return options


def topic_of(library: Library, text: str) -> Topic:
    """Analyse a topic (German or English) into its groups."""
    translations, rest = library.glossary.translate(text)
    groups: list[tuple[frozenset[str], ...]] = []
    for translation in translations:
        options = [alt for german in translation.german for alt in _alternatives(library, german)]
        if options:
            groups.append(tuple(options))
    analysed = library.analyse_query(" ".join(rest)) if rest else None
    sounds = dict(analysed.sound_matches) if analysed else {}
    for word in rest:
        if word.lower() in QUERY_STOP_WORDS:
            continue
        options = _alternatives(library, word)
        if word in sounds:
            options.append(frozenset({sounds[word]}))
        if options:
            groups.append(tuple(options))
    return Topic(text, tuple(groups))
