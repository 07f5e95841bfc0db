"""The loaded archive: articles, their passages, the retrieval index and query analysis.

A :class:`Library` is built once from the settings and is read-only afterwards, so a rebuilt
library can replace an old one atomically while the old one keeps answering.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.analysis import QUERY_STOP_WORDS, GermanAnalyzer, default_analyzer
from bot.answers import Citation
from bot.config import Settings
from bot.corpus.loader import LoadReport, load_corpus
from bot.corpus.model import Article, Paragraph
from bot.glossary import Glossary, Translation, load_glossary
from bot.names import cologne_code
from bot.retrieval import RankBM25Retriever, Retriever

_log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Passage:
    """An indexed paragraph: which article it belongs to and the paragraph itself."""

    article: Article
    paragraph: Paragraph

    @property
    def text(self) -> str:
        """The paragraph's verbatim text."""
        return self.article.paragraph_text(self.paragraph)


@dataclass(frozen=True)
class AnalysedQuery:
    """A query turned into retrieval terms, with what the glossary and name sounds contributed."""

    original: str
    terms: tuple[str, ...]
    translations: tuple[Translation, ...]
    sound_matches: tuple[tuple[str, str], ...]  # (query word, corpus word)


def citation_id(article: Article, paragraph: Paragraph) -> str:
    """Return the stable id of a paragraph, e.g. ``000_fe6d5f69a9127e95:7``."""
    return f"{article.stem}:{paragraph.number}"


class Library:
    """Articles, passages and the index over them.

    Args:
        articles: the processed articles.
        glossary: the English→German glossary.
        analyzer: the German analyzer (articles and queries).
        retriever_factory: builds the engine from the passages' terms (default: rank-bm25).
        report: the load report, for status messages.
    """

    def __init__(
        self,
        articles: list[Article],
        *,
        glossary: Glossary,
        analyzer: GermanAnalyzer | None = None,
        retriever_factory: Callable[[list[list[str]]], Retriever] = RankBM25Retriever,
        report: LoadReport | None = None,
    ) -> None:
        self.articles = articles
        self.glossary = glossary
        self.analyzer = analyzer or default_analyzer()
        self.report = report
        self.passages = [Passage(a, p) for a in articles for p in a.paragraphs]
        passage_terms = [self.analyzer.terms(p.text) for p in self.passages]
        self.retriever = retriever_factory(passage_terms)
        self._by_id = {citation_id(p.article, p.paragraph): p for p in self.passages}
        self._names_by_sound: dict[str, set[str]] = defaultdict(set)
        for passage in self.passages:
            for token in self.analyzer.tokens(passage.text):
                if token.surface[:1].isupper() and len(token.terms) == 1 and len(token.surface) >= 4:
                    self._names_by_sound[cologne_code(token.surface)].add(token.terms[0])
                    if token.surface.endswith("s"):  # genitive of a name: "Medwedews"
                        self._names_by_sound[cologne_code(token.surface[:-1])].add(token.terms[0])
        self._vocabulary = self.retriever.vocabulary()
        self._memo: dict[str, Any] = {}
        self._memo_lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings, **kwargs: Any) -> "Library":
        """Load the corpus and glossary named by ``settings`` and index them."""
        articles, report = load_corpus(settings.corpus_dir, cache_dir=settings.cache_dir, metadata_path=settings.metadata_path)
        return cls(articles, glossary=load_glossary(settings.glossary_path), report=report, **kwargs)

    def memo(self, key: str, factory: Callable[["Library"], T]) -> T:
        """Return a value derived from this library, computed once (e.g. the speaker index)."""
        with self._memo_lock:
            if key not in self._memo:
                self._memo[key] = factory(self)
            return self._memo[key]

    def passage(self, identifier: str) -> Passage | None:
        """Return the passage with citation id ``identifier``; a unique file-name prefix works too."""
        if identifier in self._by_id:
            return self._by_id[identifier]
        stem, _, number = identifier.strip().rpartition(":")
        if not stem or not number.isdigit():
            return None
        matches = [p for p in self.passages if p.article.stem.startswith(stem) and p.paragraph.number == int(number)]
        return matches[0] if len(matches) == 1 else None

    def neighbours(self, passage: Passage, around: int = 1) -> list[Passage]:
        """Return ``passage`` with up to ``around`` paragraphs before and after it, in order."""
        paragraphs = passage.article.paragraphs
        index = paragraphs.index(passage.paragraph)
        chosen = paragraphs[max(0, index - around) : index + around + 1]
        return [Passage(passage.article, p) for p in chosen]

    def citation(self, article: Article, paragraph: Paragraph, start: int, end: int) -> Citation:
        """Return the citation of ``article.text[start:end]`` inside ``paragraph``."""
        meta = article.metadata
        return Citation(
            id=citation_id(article, paragraph),
            file=article.file,
            paragraph=paragraph.number,
            start=start,
            end=end,
            outlet=meta.outlet,
            date=meta.date,
            title=meta.title,
            url=meta.url,
            author=meta.author,
        )

    def analyse_query(self, query: str) -> AnalysedQuery:
        """Turn a German or English query into retrieval terms.

        Glossary phrases become their German terms; every other word is analysed like article
        text; a word the archive does not contain is matched to archive words that sound alike
        (person names in English spelling).
        """
        translations, rest = self.glossary.translate(query)
        terms: list[str] = []
        for translation in translations:
            for german in translation.german:
                terms.extend(self.analyzer.terms(german))
        sound_matches: list[tuple[str, str]] = []
        for word in rest:
            if word.lower() in QUERY_STOP_WORDS:
                continue
            word_terms = list(self.analyzer.word_terms(word))
            if word_terms and not any(t in self._vocabulary for t in word_terms) and len(word) >= 4:
                for term in sorted(self._names_by_sound.get(cologne_code(word), ())):
                    word_terms.append(term)
                    sound_matches.append((word, term))
            terms.extend(word_terms)
        return AnalysedQuery(query, tuple(dict.fromkeys(terms)), tuple(translations), tuple(sound_matches))


def build_library(settings: Settings) -> Library:
    """Build the library for ``settings`` (convenience for entry points and tests)."""
    return Library.from_settings(settings)
