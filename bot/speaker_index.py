"""The archive's speakers: every quoted person under one canonical name, with variants and roles.

Quote extraction resolves a speaker within one article ("Rasmussen", "Anders Fogh Rasmussen");
here those per-article names become corpus-wide persons: a short form joins the full name
that shares its surname, spelling variants of a surname ("Medwedew"/"Medvedev") join by
sound, and the fullest form becomes the canonical name.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.library import Library
from bot.names import names_meant, names_to_suggest, same_word, words_match
from bot.corpus.model import Article

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QuoteRecord:
    """A quote where it stands: the article (loaded when first shown) and the extracted quote."""

    articles: Sequence[Article]
    article_index: int
    quote: Any  # bot.quotes.model.Quote

    @property
    def article(self) -> Article:
        """The article the quote stands in."""
        return self.articles[self.article_index]


@dataclass
class Person:
    """A corpus-wide speaker: canonical name, every spelling seen, roles and their quotes."""

    name: str
    variants: set[str] = field(default_factory=set)
    roles: Counter[str] = field(default_factory=Counter)  # role spelling -> articles using it
    quotes: list[QuoteRecord] = field(default_factory=list)


def _surname(name: str) -> str:
    return name.split()[-1]


def _same_person(short: str, full: str) -> bool:
    """True if ``short`` can be a form of ``full``: same surname (by sound), compatible first names."""
    short_words, full_words = short.split(), full.split()
    # the surnames match, and every other word of the shorter form matches a first word of the longer one
    return same_word(short_words[-1], full_words[-1]) and words_match(short_words[:-1], full_words[:-1])


class SpeakerIndex:
    """Persons by canonical name, built from the quotes of every article."""

    def __init__(self, records: list[QuoteRecord], roles: dict[str, Counter[str]] | None = None) -> None:
        names = Counter(record.quote.person for record in records if record.quote.person)
        canonical: dict[str, str] = {}
        # fullest names first, so short forms join the longest compatible name
        for name in sorted(names, key=lambda n: (-len(n.split()), -names[n], n)):
            candidates = [c for c in dict.fromkeys(canonical.values()) if _same_person(name, c)]
            # one compatible name: join it; several (an ambiguous short form, "Putin" for two
            # Putins) or none: keep the name apart
            canonical[name] = candidates[0] if len(candidates) == 1 else name
        self._persons: dict[str, Person] = {}
        for name, target in canonical.items():
            person = self._persons.setdefault(target, Person(target))
            person.variants.add(name)
        for record in records:
            if record.quote.person:
                self._persons[canonical[record.quote.person]].quotes.append(record)
        for name, person_roles in (roles or {}).items():
            if name in canonical:
                self._persons[canonical[name]].roles.update(person_roles)
        self._lookup = {variant: person for person in self._persons.values() for variant in person.variants}

    def names(self) -> list[str]:
        """Return every canonical speaker name."""
        return list(self._persons)

    def person(self, name: str) -> Person | None:
        """Return the person with canonical or variant name ``name``."""
        return self._persons.get(name) or self._lookup.get(name)

    def find(self, typed: str, *, fuzzy: bool = True) -> Person | None:
        """Return the person a user means by ``typed`` (English spelling, partial name, typos) or None.

        Every typed word must sound like, or be a close spelling of, a word of one person's
        names; a unique best match is required. ``fuzzy=False`` leaves out the last resort, a
        close spelling of the whole typed text (which also accepts a name followed by other words).
        """
        words = typed.split()
        if not words:
            return None
        matches = []
        for person in self._persons.values():
            name_words = {w for variant in person.variants for w in variant.split()}
            if words_match(words, name_words):
                matches.append(person)
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:  # prefer a person whose surname the user typed
            by_surname = [p for p in matches if any(same_word(w, _surname(p.name)) for w in words)]
            return by_surname[0] if len(by_surname) == 1 else None
        if not fuzzy:
            return None
        close = names_meant(typed, list(self._lookup), limit=2)
        people = {self._lookup[c].name for c in close}
        return self._lookup[close[0]] if len(people) == 1 else None

    def suggestions(self, typed: str, limit: int = 5) -> list[str]:
        """Return canonical names close to ``typed`` for a "did you mean" answer (see
        :func:`bot.names.names_to_suggest`).

        Args:
            typed: the name as the user wrote it.
            limit: how many persons to offer at most.
        """
        # twice the spellings: several variants may name one person
        variants = names_to_suggest(typed, list(self._lookup), limit=limit * 2)
        return list(dict.fromkeys(self._lookup[variant].name for variant in variants))[:limit]


def speaker_index(library: Library) -> SpeakerIndex:
    """Build the speaker index of ``library`` (quotes outside content paragraphs are left out)."""
    records = []
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    articles = library.articles
    peek = getattr(articles, "peek", articles.__getitem__)  # a stored archive is not kept in memory
    for index in range(len(articles)):
        article = peek(index)
        for quote in article.quotes:
            if article.paragraph_at(quote.start) is not None:
                records.append(QuoteRecord(articles, index, quote))
        for name, person_roles in article.person_roles.items():
            roles[name].update(person_roles)
    index = SpeakerIndex(records, roles)
    _log.info("Speaker index: %d persons, %d quotes", len(index.names()), len(records))
    return index


def speakers_of(library: Library) -> SpeakerIndex:
    """Return the speaker index of ``library``, built on first use and kept with the library."""
    return library.memo("speaker-index", speaker_index)
