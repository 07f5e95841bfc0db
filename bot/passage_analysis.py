"""What the index needs from each article: its passages' terms and its name words by sound.

Analysing every passage is most of the work of building an index, and a reload after one
article changed would otherwise redo it for all of them. An article's analysis is therefore
cached on disk like its extraction (:class:`AnalysisCache`), keyed by the passages' texts and
the analyzer's fingerprint, so an unchanged article is never analysed twice.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import NamedTuple

from bot.analysis import GermanAnalyzer
from bot.code_fingerprint import source_digest
from bot.corpus.cache import PickleCache
from bot.corpus.model import Article
from bot.names import cologne_code

# the code that decides an analysis besides the analyzer's own (see GermanAnalyzer.fingerprint)
_CODE = source_digest(("passage_analysis.py", "names.py"))


class ArticleAnalysis(NamedTuple):
    """An article's analysis: each passage's terms in paragraph order, and the name words it
    holds as (Cologne code, term) pairs in order of first appearance."""

    passage_terms: tuple[tuple[str, ...], ...]
    names: tuple[tuple[str, str], ...]


class AnalysisCache(PickleCache[ArticleAnalysis]):
    """Article analyses on disk under ``folder/analysis/``; ``folder=None`` disables caching."""

    def __init__(self, folder: Path | None) -> None:
        super().__init__(folder, kind="analysis", value_type=ArticleAnalysis)


def analysis_key(article: Article, analyzer: GermanAnalyzer) -> str:
    """Return the cache key of ``article``'s analysis: a digest of its passages' texts (and
    where they start and end) and of the analyzer and analysis code."""
    digest = hashlib.sha256(f"{_CODE}\0{analyzer.fingerprint}\0".encode())
    for paragraph in article.paragraphs:
        digest.update(b"\0\0" + article.paragraph_text(paragraph).encode())
    return digest.hexdigest()


def analyse_article(article: Article, analyzer: GermanAnalyzer) -> ArticleAnalysis:
    """Return the terms of each of ``article``'s passages and its name words by sound.

    A name word is a capitalised word of four letters or more that yields one term; a
    genitive ``s`` is also dropped for its sound ("Medwedews" sounds like "Medwedew").
    """
    passage_terms: list[tuple[str, ...]] = []
    names: dict[tuple[str, str], None] = {}
    for paragraph in article.paragraphs:
        terms: list[str] = []
        for token in analyzer.tokens(article.paragraph_text(paragraph)):
            terms.extend(token.terms)
            if token.surface[:1].isupper() and len(token.terms) == 1 and len(token.surface) >= 4:
                names[(cologne_code(token.surface), token.terms[0])] = None
                if token.surface.endswith("s"):
                    names[(cologne_code(token.surface[:-1]), token.terms[0])] = None
        passage_terms.append(tuple(terms))
    return ArticleAnalysis(tuple(passage_terms), tuple(names))


def cached_analysis(article: Article, analyzer: GermanAnalyzer, cache: AnalysisCache | None) -> ArticleAnalysis:
    """Return ``article``'s analysis from ``cache`` if there, else analyse it (and cache it).

    Args:
        article: the article.
        analyzer: the analyzer of the library being built.
        cache: where analyses are kept (``None``: always analyse, cache nothing).
    """
    if cache is None:
        return analyse_article(article, analyzer)
    key = analysis_key(article, analyzer)
    analysis = cache.get(key)
    if analysis is None:
        analysis = analyse_article(article, analyzer)
        cache.put(key, analysis)
    return analysis
