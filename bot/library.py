"""The loaded archive: articles, their passages, the retrieval index and query analysis.

A :class:`Library` is built once from the settings and is read-only afterwards, so a rebuilt
library can replace an old one atomically while the old one keeps answering.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from bot import heap
from bot.analysis import QUERY_STOP_WORDS, GermanAnalyzer, default_analyzer, use_lemma_cache
from bot.answers import Citation
from bot.config import Settings
from bot.corpus.loader import LoadReport, load_corpus
from bot.corpus.metadata import load_metadata_file
from bot.corpus.model import Article, Paragraph
from bot.glossary import Glossary, Translation, load_glossary
from bot.names import cologne_code
from bot.engines.sparse_bm25 import SparseBM25Retriever
from bot.file_stamps import FileStamp, overrides_digest
from bot.passage_analysis import AnalysisCache, cached_analysis
from bot.retrieval import Retriever

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
        retriever_factory: builds the engine from the passages' terms, given once, in index order
            (default: the sparse BM25 engine).
        report: the load report, for status messages.
        analysis_cache: where articles' analyses are kept, so an article analysed for an earlier
            build is not analysed again (default: none, every article is analysed).
    """

    def __init__(
        self,
        articles: Sequence[Article],
        *,
        glossary: Glossary,
        analyzer: GermanAnalyzer | None = None,
        retriever_factory: Callable[[Iterable[Sequence[str]]], Retriever] = SparseBM25Retriever,
        report: LoadReport | None = None,
        analysis_cache: AnalysisCache | None = None,
    ) -> None:
        self.articles = articles
        self.glossary = glossary
        self.analyzer = analyzer or default_analyzer()
        self.report = report
        self.retriever_factory = retriever_factory  # a reload builds its library with the same engine
        self.passages: Sequence[Passage] = [Passage(a, p) for a in articles for p in a.paragraphs]
        names_by_sound: dict[str, set[str]] = defaultdict(set)
        self.retriever = retriever_factory(self._analyse_passages(names_by_sound, analysis_cache))
        self._finish(names_by_sound)

    @classmethod
    def assemble(
        cls,
        *,
        articles: Sequence[Article],
        passages: Sequence[Passage],
        retriever: Retriever,
        names_by_sound: dict[str, set[str]],
        glossary: Glossary,
        analyzer: GermanAnalyzer | None = None,
        report: LoadReport | None = None,
        retriever_factory: Callable[[Iterable[Sequence[str]]], Retriever] = SparseBM25Retriever,
    ) -> "Library":
        """Return a library from already analysed parts (a stored index), without re-analysing.

        ``retriever_factory`` is the engine ``retriever`` is an instance of (a stored index holds
        the sparse engine's arrays); a reload builds its library with it again.
        """
        library = cls.__new__(cls)
        library.articles, library.passages, library.retriever = articles, passages, retriever
        library.glossary, library.analyzer, library.report = glossary, analyzer or default_analyzer(), report
        library.retriever_factory = retriever_factory
        library._finish(names_by_sound)
        return library

    def _analyse_passages(self, names_by_sound: dict[str, set[str]], cache: AnalysisCache | None) -> Iterator[tuple[str, ...]]:
        """Yield each passage's terms in index order, collecting the name words by sound on the
        way (one pass, one article's analysis in memory at a time)."""
        for article in self.articles:
            analysis = cached_analysis(article, self.analyzer, cache)
            for code, term in analysis.names:
                names_by_sound[code].add(term)
            yield from analysis.passage_terms

    def _finish(self, names_by_sound: dict[str, set[str]]) -> None:
        self._names_by_sound = names_by_sound
        self._vocabulary = self.retriever.vocabulary()
        self._stems: dict[str, int] | None = None
        self._memo: dict[str, Any] = {}
        self._memo_lock = threading.Lock()
        self.files: dict[str, FileStamp] | None = None  # the corpus files as indexed (see bot.reload)
        self.index_folder = None  # the stored index this library was loaded from or saved to

    @property
    def names_by_sound(self) -> dict[str, set[str]]:
        """Corpus name terms by Cologne code (what English spellings of names are matched to)."""
        return self._names_by_sound

    @classmethod
    def from_settings(cls, settings: Settings, **kwargs: Any) -> "Library":
        """Load the corpus and glossary named by ``settings`` and index them.

        With a cache folder, the built library is stored there and a restart over an unchanged
        corpus (same file names, sizes, mtimes and ctimes, metadata file and code) maps it back in
        instead of loading and analysing every article. ``kwargs`` (e.g. another
        ``retriever_factory``) always build afresh and are not stored.
        """
        from bot.file_stamps import scan_folder, stat_stamp
        from bot.index_store import IndexStore, index_signature

        use_lemma_cache(settings.cache_dir)
        glossary = load_glossary(settings.glossary_path)
        store = settings.cache_dir is not None and not kwargs
        stamps = scan_folder(settings.corpus_dir)
        signature = index_signature(stamps, stat_stamp(settings.metadata_path))  # before the file is read
        if store and (stored := IndexStore(settings.cache_dir / "index").load(signature, glossary=glossary)) is not None:
            return stored
        metadata = load_metadata_file(settings.metadata_path)
        articles, report = load_corpus(settings.corpus_dir, cache_dir=settings.cache_dir, metadata=metadata)
        files = stamp_files(stamps, articles, metadata)
        return cls.build_and_store(
            articles, settings=settings, glossary=glossary, files=files, signature=signature, report=report, store=store, **kwargs
        )

    @classmethod
    def build_and_store(
        cls,
        articles: Sequence[Article],
        *,
        settings: Settings,
        glossary: Glossary,
        files: dict[str, FileStamp],
        signature: str,
        report: LoadReport,
        store: bool = True,
        **kwargs: Any,
    ) -> "Library":
        """Index ``articles`` and, with a cache folder, store the index for the next start.

        Args:
            articles: the processed articles.
            settings: where the cache folder is (``settings.cache_dir``; ``None``: nothing stored).
            glossary: the English→German glossary.
            files: the corpus files the articles came from, with content and metadata-entry
                digests (see :func:`stamp_files`); kept as ``library.files`` and stored beside
                the index, where an incremental reload starts from them.
            signature: the corpus signature (:func:`bot.index_store.index_signature`) taken
                before the articles were read, under which the index is stored.
            report: the load report.
            store: False to build without storing (e.g. another engine).
            kwargs: passed on to :class:`Library` (``analyzer``, ``retriever_factory``); the
                analysis cache is the cache folder's.

        Returns:
            The library, with ``files`` set and, if stored, ``index_folder``.
        """
        from bot.index_store import IndexStore

        analysis_cache = AnalysisCache(settings.cache_dir)  # a reload analyses only new and changed articles
        library = cls(articles, glossary=glossary, report=report, analysis_cache=analysis_cache, **kwargs)
        library.files = files
        if store and settings.cache_dir is not None:
            IndexStore(settings.cache_dir / "index").save(library, signature, files)
        return library

    def memo(self, key: str, factory: Callable[["Library"], T]) -> T:
        """Return a value derived from this library, computed once (e.g. the speaker index); after
        computing it, the heap is settled (a full collection, under the memo lock) so the new
        structure joins the archive outside the collector's walks."""
        with self._memo_lock:
            if key not in self._memo:
                self._memo[key] = factory(self)
                heap.settle(key)
            return self._memo[key]

    def passage(self, identifier: str) -> Passage | None:
        """Return the passage with citation id ``identifier``; a unique file-name prefix works too."""
        stem, _, number = identifier.strip().rpartition(":")
        if not stem or not number.isdigit():
            return None
        # a stored archive is read without keeping what it reads (``peek``): one citation must
        # not load every article into memory
        read = getattr(self.articles, "peek", self.articles.__getitem__)
        if self._stems is None:
            self._stems = {read(index).stem: index for index in range(len(self.articles))}
        exact = self._stems.get(stem)
        wanted = int(number)
        for candidates in ([exact] if exact is not None else [], [i for s, i in self._stems.items() if s.startswith(stem)]):
            matches = [i for i in candidates if any(p.number == wanted for p in read(i).paragraphs)]
            if matches:
                if len(matches) > 1:
                    return None
                article = self.articles[matches[0]]
                return Passage(article, next(p for p in article.paragraphs if p.number == wanted))
        return None

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


def stamp_files(stamps: dict[str, FileStamp], articles: Sequence[Article], metadata: dict[str, dict]) -> dict[str, FileStamp]:
    """Complete folder stamps with each article's content digest and metadata-entry digest."""
    digests = {article.file: article.digest for article in articles}
    return {
        name: stamp._replace(digest=digests.get(name), overrides_digest=overrides_digest(metadata.get(name, {})))
        for name, stamp in stamps.items()
    }
