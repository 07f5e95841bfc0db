"""The archive is kept out of the cyclic collector's full walks (see bot/heap.py)."""

from __future__ import annotations

import gc
import weakref

from bot import heap
from bot.config import load_settings
from bot.library import Library
from bot.service import NewsBot


def _walked(target: object) -> bool:
    """True when the cyclic collector's generations (not the frozen ones) hold ``target``."""
    return any(candidate is target for candidate in gc.get_objects())


def _settings(corpus, tmp_path):
    return load_settings(None, corpus_dir=corpus, cache_dir=tmp_path / "cache")


def test_a_bots_archive_is_out_of_the_collectors_walks(corpus_copy, tmp_path):
    library = Library.from_settings(_settings(corpus_copy, tmp_path))
    article = library.articles[0]
    assert _walked(article.paragraphs)  # built, but not yet settled
    NewsBot(library, _settings(corpus_copy, tmp_path))
    assert not _walked(article.paragraphs)


def test_an_article_read_later_from_a_stored_index_is_kept_out_too(corpus_copy, tmp_path):
    Library.from_settings(_settings(corpus_copy, tmp_path))  # builds and stores the index
    restarted = Library.from_settings(_settings(corpus_copy, tmp_path))
    assert type(restarted.articles).__name__ == "StoredArticles"
    bot = NewsBot(restarted, _settings(corpus_copy, tmp_path))
    answer = bot.ask("/search Raketenabwehr")  # reads the articles it cites, after the settle
    cited = restarted.passage(answer.items[0].citation.id)
    assert cited is not None and not _walked(cited.article.paragraphs)


def test_cycles_that_were_kept_are_freed_at_the_next_settle():
    class Node:
        pass

    node = Node()
    node.self = node  # a cycle: reference counting alone never frees it
    alive = weakref.ref(node)
    heap.settle("test")
    del node
    gc.collect()
    assert alive() is not None  # frozen: the collector does not look at it
    heap.settle("test")
    assert alive() is None


def test_garbage_cycles_waiting_when_an_article_is_kept_are_still_freed():
    class Node:
        pass

    heap.settle("test")
    node = Node()
    node.self = node
    alive = weakref.ref(node)
    del node  # garbage, not yet collected, when another request reads an article
    heap.keep()
    gc.collect()
    assert alive() is None, "a cycle frozen by keep() would live until the next settle"
