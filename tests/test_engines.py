"""The fast engine, the stored index and the incremental reload.

The fast engine must rank exactly like the reference scorer (rank-bm25); a restart over an
unchanged corpus must answer like the library it stored; a new, a changed and a removed
article must be taken in without a restart, processing only those, while the old library
keeps answering.
"""

from __future__ import annotations

import random
import threading

import numpy as np
import pytest

import bot.corpus.loader as loader
from bot.config import load_settings
from bot.engines import engine_factory
from bot.engines.sparse_bm25 import SparseBM25Retriever
from bot.library import Library
from bot.reload import Reloader
from bot.reload_command import start_reload
from bot.retrieval import RankBM25Retriever
from bot.service import NewsBot

QUERIES = [
    "Raketenabwehr",
    "missile defence",
    "Rat",
    "NATO-Russland-Rat gegründet",
    "NATO-Russia Council founded",
    "Belarus headquarters",
    "helicopters Afghanistan",
    "Medvedev security treaty",
    "Shoigu",
    "Lavrov European security architecture",
    "Georgia war consultations suspended",
    "dialogue frozen Ukraine conflict",
    "Sanktionen wirtschaftlicher Druck",
    "Russland",
    "Putin Medwedew Lawrow Rasmussen Afghanistan Hubschrauber",
]


@pytest.fixture(scope="module")
def reference(library) -> Library:
    """The seed corpus indexed with the reference engine."""
    return Library(list(library.articles), glossary=library.glossary, retriever_factory=RankBM25Retriever)


@pytest.mark.parametrize("query", QUERIES)
def test_fast_engine_ranks_the_seeds_like_rank_bm25(library, reference, query):
    terms = library.analyse_query(query).terms
    assert isinstance(library.retriever, SparseBM25Retriever)
    expected = reference.retriever.search(terms, 50)
    assert expected, "a query that finds nothing compares nothing"
    assert library.retriever.search(terms, 50) == expected


def test_fast_engine_ranks_synthetic_passages_like_rank_bm25():
    rng = random.Random(3)
    words = [f"wort{i}" for i in range(2000)]
    passages = [[words[min(int(rng.paretovariate(1.1)), 1999)] for _ in range(rng.randint(0, 50))] for _ in range(3000)]
    fast, slow = SparseBM25Retriever(passages), RankBM25Retriever(passages)
    for _ in range(200):
        query = [words[min(int(rng.paretovariate(1.0)), 1999)] for _ in range(rng.randint(1, 6))]
        assert fast.search(query, 10) == slow.search(query, 10), query
    assert set(fast.vocabulary()) == slow.vocabulary()


def test_engines_are_chosen_by_name():
    assert engine_factory("rank-bm25") is RankBM25Retriever
    with pytest.raises(KeyError, match="sparse"):
        engine_factory("nonsense")


def test_compact_lemma_table_gives_spacys_stems(library):
    from spacy.lookups import load_lookups

    from bot.analysis import _lemma_table, _stem_of

    full = load_lookups("de", ["lemma_lookup"]).get_table("lemma_lookup")
    compact = _lemma_table()
    words = {w for p in library.passages for w in p.text.split()} | {"gegründet", "Ging", "war", "Häuser", "sagte"}

    def stem(table, word):
        return _stem_of(table.get(word) or table.get(word.lower()) or table.get(word.capitalize()) or word)

    assert [stem(compact, w) for w in sorted(words)] == [stem(full, w) for w in sorted(words)]


def _settings(corpus, tmp_path):
    return load_settings(None, corpus_dir=corpus, cache_dir=tmp_path / "cache")


def test_a_restart_over_an_unchanged_corpus_maps_the_stored_index(corpus_copy, tmp_path):
    built = Library.from_settings(_settings(corpus_copy, tmp_path))
    restarted = Library.from_settings(_settings(corpus_copy, tmp_path))
    assert built.index_folder is not None and restarted.index_folder == built.index_folder
    assert type(restarted.articles).__name__ == "StoredArticles"
    assert [a.file for a in restarted.articles] == [a.file for a in built.articles]
    assert [p.text for p in restarted.passages] == [p.text for p in built.passages]
    for query in QUERIES:
        assert restarted.analyse_query(query) == built.analyse_query(query)
        terms = built.analyse_query(query).terms
        assert restarted.retriever.search(terms, 20) == built.retriever.search(terms, 20)
    assert restarted.passage("000_fe6d5f69a9127e95:6") == built.passage("000_fe6d5f69a9127e95:6")
    assert NewsBot(restarted, _settings(corpus_copy, tmp_path)).ask("/search Raketenabwehr").to_dict() == \
        NewsBot(built, _settings(corpus_copy, tmp_path)).ask("/search Raketenabwehr").to_dict()


def test_looking_up_a_citation_in_a_stored_index_loads_only_its_article(corpus_copy, tmp_path):
    Library.from_settings(_settings(corpus_copy, tmp_path))
    restarted = Library.from_settings(_settings(corpus_copy, tmp_path))
    passage = restarted.passage("000_fe6d5f69a9127e95:6")
    assert passage is not None and passage.article.file.startswith("000_")
    assert len(restarted.articles._loaded) == 1


def test_a_changed_file_is_not_mistaken_for_the_stored_index(corpus_copy, tmp_path):
    Library.from_settings(_settings(corpus_copy, tmp_path))
    (corpus_copy / "005_new.txt").write_text("Neuer Artikel über Raketenabwehr.\n\nDer Text ist neu.\n", encoding="utf-8")
    rebuilt = Library.from_settings(_settings(corpus_copy, tmp_path))
    assert "005_new.txt" in [a.file for a in rebuilt.articles]


NEW_ARTICLE = "Zeitreisen im Labor\n\nDer Physiker Hans Zeitmann sagte, der Zeitkristall sei stabil.\n"


def test_reload_takes_in_new_changed_and_removed_articles_processing_only_those(corpus_copy, tmp_path, monkeypatch):
    settings = _settings(corpus_copy, tmp_path)
    newsbot = NewsBot(Library.from_settings(settings), settings)
    reloader = Reloader(bot=newsbot, settings=settings)
    processed = []
    original = loader.process_text
    monkeypatch.setattr(loader, "process_text", lambda text, overrides=None: processed.append(text) or original(text, overrides))

    assert not reloader.changes()
    (corpus_copy / "005_zeit.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    changed = corpus_copy / "002_db1a24fad968de2b.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Sicherheitsarchitektur", "Zeitkristall-Sicherheitsarchitektur", 1), encoding="utf-8")
    (corpus_copy / "004_e8e30f8bd7145d8d.txt").unlink()
    touched = corpus_copy / "001_1743fcddeafe14d7.txt"
    touched.write_bytes(touched.read_bytes())  # new mtime, same text: not redone

    assert reloader.reload(wait=True)
    assert reloader.last_changes.new == ("005_zeit.txt",)
    assert reloader.last_changes.changed == ("002_db1a24fad968de2b.txt",)
    assert reloader.last_changes.removed == ("004_e8e30f8bd7145d8d.txt",)
    assert len(processed) == 2
    files = [a.file for a in newsbot.library.articles]
    assert "005_zeit.txt" in files and "004_e8e30f8bd7145d8d.txt" not in files
    hits = {item.citation.file for item in newsbot.ask("/search Zeitkristall").items}
    assert hits == {"005_zeit.txt", "002_db1a24fad968de2b.txt"}

    restarted = Library.from_settings(settings)  # the reload stored its index
    assert type(restarted.articles).__name__ == "StoredArticles"
    assert [a.file for a in restarted.articles] == files
    assert not Reloader(bot=NewsBot(restarted, settings), settings=settings).changes()


def test_answers_during_a_rebuild_come_from_the_old_library(corpus_copy, tmp_path, monkeypatch):
    settings = _settings(corpus_copy, tmp_path)
    newsbot = NewsBot(Library.from_settings(settings), settings)
    old = newsbot.library
    reloader = Reloader(bot=newsbot, settings=settings)
    building, release = threading.Event(), threading.Event()
    original = Library.__init__

    def slow_init(self, *args, **kwargs):
        building.set()
        release.wait(10)
        original(self, *args, **kwargs)

    monkeypatch.setattr(Library, "__init__", slow_init)
    (corpus_copy / "005_zeit.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert reloader.reload()
    assert building.wait(10)
    assert not reloader.reload()  # one rebuild at a time
    assert newsbot.library is old
    assert newsbot.ask("/search Zeitkristall").notice.code == "W004"
    assert start_reload(newsbot.library).notice.code == "W020"
    release.set()
    reloader._worker.join(10)
    assert newsbot.library is not old
    assert newsbot.ask("/search Zeitkristall").items


def test_reload_command_starts_a_reload_or_says_it_is_not_enabled(corpus_copy, tmp_path):
    settings = _settings(corpus_copy, tmp_path)
    newsbot = NewsBot(Library.from_settings(settings), settings)
    assert start_reload(newsbot.library).notice.code == "W021"
    reloader = Reloader(bot=newsbot, settings=settings)
    assert start_reload(newsbot.library).notice.code == "I020"
    reloader._worker.join(10)


def test_a_reload_keeps_the_engine_the_bot_was_started_with(corpus_copy, tmp_path):
    settings = _settings(corpus_copy, tmp_path)
    newsbot = NewsBot(Library.from_settings(settings, retriever_factory=engine_factory("rank-bm25")), settings)
    reloader = Reloader(bot=newsbot, settings=settings)
    (corpus_copy / "005_zeit.txt").write_text(NEW_ARTICLE, encoding="utf-8")

    assert reloader.reload(wait=True)
    assert reloader.last_changes.new == ("005_zeit.txt",)
    assert isinstance(newsbot.library.retriever, RankBM25Retriever)
    assert {item.citation.file for item in newsbot.ask("/search Zeitkristall").items} == {"005_zeit.txt"}
    assert newsbot.library.index_folder is None  # another engine's build is not stored, as at the start


def test_a_reload_of_a_bot_started_with_another_analyzer_is_not_stored_either(corpus_copy, tmp_path):
    from bot.analysis import GermanAnalyzer

    settings = _settings(corpus_copy, tmp_path)
    newsbot = NewsBot(Library.from_settings(settings, analyzer=GermanAnalyzer(use_lemmas=False)), settings)
    reloader = Reloader(bot=newsbot, settings=settings)
    (corpus_copy / "005_zeit.txt").write_text(NEW_ARTICLE, encoding="utf-8")

    assert reloader.reload(wait=True)
    assert newsbot.library.index_folder is None  # a restart must not map back an index of other terms


def test_reload_analyses_only_the_passages_of_new_and_changed_articles(corpus_copy, tmp_path, monkeypatch):
    from bot.analysis import GermanAnalyzer

    settings = _settings(corpus_copy, tmp_path)
    newsbot = NewsBot(Library.from_settings(settings), settings)
    reloader = Reloader(bot=newsbot, settings=settings)
    analysed: list[str] = []
    tokens = GermanAnalyzer.tokens
    monkeypatch.setattr(GermanAnalyzer, "tokens", lambda self, text: analysed.append(text) or tokens(self, text))

    (corpus_copy / "005_zeit.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    changed = corpus_copy / "002_db1a24fad968de2b.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Sicherheitsarchitektur", "Zeitkristall-Sicherheitsarchitektur", 1), encoding="utf-8")
    assert reloader.reload(wait=True)

    redone = [p.text for p in newsbot.library.passages if p.article.file in ("005_zeit.txt", "002_db1a24fad968de2b.txt")]
    assert sorted(analysed) == sorted(redone)
    fresh = Library(list(newsbot.library.articles), glossary=newsbot.library.glossary)  # analyses every passage
    assert newsbot.library.names_by_sound == fresh.names_by_sound
    reloaded, built = newsbot.library.retriever.arrays, fresh.retriever.arrays
    assert reloaded.terms == built.terms and reloaded.size == built.size
    for name in ("offsets", "passages", "weights"):
        assert np.array_equal(getattr(reloaded, name), getattr(built, name)), name  # the very same index
