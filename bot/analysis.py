"""German text analysis for retrieval: tokens, lemmas, Snowball stems, compounds, spelling variants.

The same analyzer runs over articles and queries, so both sides meet in one term space:
lowercase, ``ß`` → ``ss`` and umlauts folded (``Weißrussland`` = ``Weissrussland``),
irregular forms lemmatised with the lookup table of ``spacy-lookups-data`` (``gegründet`` →
``gründen``), Snowball-stemmed, stopwords dropped. A hyphenated compound yields its whole form
and each part, so ``Rat`` and ``NATO-Russland-Rat`` both find ``NATO-Russland-Rat``.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import importlib.util
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import Stemmer

from bot.code_fingerprint import source_digest

_log = logging.getLogger(__name__)


def _spacy_stop_words(language: str) -> set[str]:
    """spaCy's stop-word list for ``language``, read without importing spaCy itself (0.6 s)."""
    spec = importlib.util.find_spec("spacy")
    path = Path(spec.origin).parent / "lang" / language / "stop_words.py" if spec and spec.origin else None
    if path is None or not path.is_file():  # an unusual installation: take the ordinary way
        return importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
    module_spec = importlib.util.spec_from_file_location(f"_spacy_stop_words_{language}", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.STOP_WORDS


GERMAN_STOP_WORDS = _spacy_stop_words("de")
ENGLISH_STOP_WORDS = _spacy_stop_words("en")
_lemma_cache_dir: Path | None = None

_TOKEN = re.compile(r"\w+(?:[-‐‑]\w+)*", re.UNICODE)
_FOLDING = str.maketrans({"ß": "ss", "ä": "a", "ö": "o", "ü": "u", "é": "e", "è": "e", "á": "a", "à": "a"})
STOP_WORDS = frozenset(w.lower() for w in GERMAN_STOP_WORDS)
QUERY_STOP_WORDS = STOP_WORDS | frozenset(w.lower() for w in ENGLISH_STOP_WORDS)


class Token(NamedTuple):
    """A word of a text: its span, its surface form and the retrieval terms it yields."""

    start: int
    end: int
    surface: str
    terms: tuple[str, ...]


def use_lemma_cache(cache_dir: Path | None) -> None:
    """Keep the compact lemma table in ``cache_dir`` (built there once; see :mod:`bot.lemmas`)."""
    global _lemma_cache_dir
    _lemma_cache_dir = cache_dir


def _stem_of(word: str) -> str:
    return _stemmer().stemWord(word.lower().replace("ß", "ss")).translate(_FOLDING)


@functools.lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    """The lemma lookups that change a stem: same stems as spaCy's full table, a fraction of its load time."""
    from bot.lemmas import load_compact_table

    return load_compact_table(_lemma_cache_dir, _stem_of)


@functools.lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("german")


def fold(word: str) -> str:
    """Return ``word`` lowercased with ``ß`` and umlauts folded (``Weißrussland`` → ``weissrussland``)."""
    return word.lower().translate(_FOLDING)


class GermanAnalyzer:
    """Turns German text into retrieval terms; see the module docstring for the steps.

    Args:
        use_lemmas: look irregular forms up in spaCy's German lemma table before stemming.
        stop_words: words (lowercase) that yield no term.
    """

    def __init__(self, *, use_lemmas: bool = True, stop_words: frozenset[str] = STOP_WORDS) -> None:
        self._use_lemmas = use_lemmas
        self._stop_words = stop_words
        self._cache: dict[str, tuple[str, ...]] = {}

    @functools.cached_property
    def fingerprint(self) -> str:
        """A digest of everything that decides this analyzer's terms: its settings, the analysis
        code, the lemma data and the stemmer's version (cached analyses are keyed on it)."""
        settings = hashlib.sha256(" ".join(sorted(self._stop_words)).encode()).hexdigest()
        lemmas = _lemma_data_version() if self._use_lemmas else "no lemmas"
        return source_digest(("analysis.py", "lemmas.py"), prefix=f"{settings} {lemmas} {_package_version('PyStemmer')}")

    def stem(self, word: str) -> str:
        """Return the normalised stem of one word (no hyphens): lemma, Snowball stem, folding."""
        lemma = word
        if self._use_lemmas:
            table = _lemma_table()
            lemma = table.get(word) or table.get(word.lower()) or table.get(word.capitalize()) or word
        return _stem_of(lemma)

    def word_terms(self, word: str) -> tuple[str, ...]:
        """Return the terms of one token: its stem, or for a compound the whole and its parts."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        parts = [p for p in re.split(r"[-‐‑]", word) if p]
        if len(parts) == 1:
            terms: tuple[str, ...] = () if word.lower() in self._stop_words else (self.stem(word),)
        else:
            stems = [self.stem(p) for p in parts]
            whole = "-".join(stems)
            terms = (whole,) + tuple(
                dict.fromkeys(s for p, s in zip(parts, stems) if len(p) > 1 and p.lower() not in self._stop_words)
            )
        if len(self._cache) < 500_000:
            self._cache[word] = terms
        return terms

    def tokens(self, text: str) -> Iterator[Token]:
        """Yield every word of ``text`` with its span and terms (stopwords yield empty terms)."""
        for match in _TOKEN.finditer(text):
            word = match.group()
            yield Token(match.start(), match.end(), word, self.word_terms(word))

    def terms(self, text: str) -> list[str]:
        """Return the retrieval terms of ``text`` in order (a bag of words for BM25)."""
        return [term for token in self.tokens(text) for term in token.terms]


def _lemma_data_version() -> str:
    return _package_version("spacy-lookups-data")


def _package_version(name: str) -> str:
    """The installed version of package ``name`` (``"unknown"`` if it cannot be told)."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


@functools.lru_cache(maxsize=1)
def default_analyzer() -> GermanAnalyzer:
    """Return the process-wide analyzer used for articles and queries."""
    return GermanAnalyzer()
