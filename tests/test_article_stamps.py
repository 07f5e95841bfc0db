"""An article file saved again with the same size and mtime is still taken in.

An editor saving twice within one timestamp tick, or a copy that keeps the old mtime
(``cp -p``, ``rsync -t``), leaves size and mtime as they were. A reload must see the new text
all the same, and a restart must not map back the index built from the old one.
"""

from __future__ import annotations

import os
import time
from types import SimpleNamespace

from bot.config import load_settings
from bot.file_stamps import stamp_of
from bot.library import Library
from bot.reload import Reloader
from bot.service import NewsBot

ARTICLE = "002_db1a24fad968de2b.txt"
OLD_WORD, NEW_WORD = "Sicherheitsarchitektur", "Zeitkristallstrukturen"  # the same length


def _settings(corpus_copy, tmp_path):
    return load_settings(None, corpus_dir=corpus_copy, cache_dir=tmp_path / "cache")


def _save_again_keeping_size_and_mtime(path) -> None:
    before = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace(OLD_WORD, NEW_WORD, 1), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def _last_edited_an_hour_ago(path) -> None:
    an_hour_ago = time.time_ns() - 3600 * 10**9  # a stamp this old is trusted (nothing is timed)
    os.utime(path, ns=(an_hour_ago, an_hour_ago))


def _cited_files(newsbot: NewsBot, words: str) -> set[str]:
    return {item.citation.file for item in newsbot.ask(f"/search {words}").items}


def test_an_article_saved_twice_within_one_mtime_tick_is_reloaded(corpus_copy, tmp_path):
    path = corpus_copy / ARTICLE
    path.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")  # just saved: its mtime is this tick's
    settings = _settings(corpus_copy, tmp_path)
    newsbot = NewsBot(Library.from_settings(settings), settings)
    reloader = Reloader(bot=newsbot, settings=settings)

    _save_again_keeping_size_and_mtime(path)
    assert reloader.reload(wait=True)
    assert reloader.last_changes.changed == (ARTICLE,)
    assert _cited_files(newsbot, NEW_WORD) == {ARTICLE}


def test_an_article_copied_over_with_its_old_mtime_is_reloaded_and_not_mapped_back(corpus_copy, tmp_path):
    path = corpus_copy / ARTICLE
    _last_edited_an_hour_ago(path)
    settings = _settings(corpus_copy, tmp_path)
    newsbot = NewsBot(Library.from_settings(settings), settings)
    reloader = Reloader(bot=newsbot, settings=settings)
    assert not reloader.changes()

    _save_again_keeping_size_and_mtime(path)  # its ctime tells the copy
    restarted = NewsBot(Library.from_settings(settings), settings)
    assert _cited_files(restarted, NEW_WORD) == {ARTICLE}
    assert reloader.reload(wait=True)
    assert reloader.last_changes.changed == (ARTICLE,)
    assert _cited_files(newsbot, NEW_WORD) == {ARTICLE}


def test_an_article_only_touched_within_one_mtime_tick_is_not_redone(corpus_copy, tmp_path, monkeypatch):
    import bot.corpus.loader as loader

    path = corpus_copy / ARTICLE
    path.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    settings = _settings(corpus_copy, tmp_path)
    newsbot = NewsBot(Library.from_settings(settings), settings)
    reloader = Reloader(bot=newsbot, settings=settings)
    processed = []
    monkeypatch.setattr(loader, "process_text", lambda *arguments: processed.append(arguments))

    path.write_bytes(path.read_bytes())
    assert not reloader.changes()  # the content digest decides: the same text
    assert reloader.reload(wait=True) and processed == []


def test_a_stamp_taken_within_the_write_tick_never_vouches_for_the_file():
    # A coarse file system (or a second save in the same tick) leaves size, mtime and ctime as
    # they were: only the stamp's age tells that the content must be read. On this machine's
    # file system the ctime alone would tell, so the stats are given here.
    now = time.time_ns()
    just_saved = SimpleNamespace(st_size=100, st_mtime_ns=now - 10**6, st_ctime_ns=now - 10**6)
    assert not stamp_of(just_saved, now).vouches_for(stamp_of(just_saved, now + 5 * 10**9))
    saved_an_hour_ago = SimpleNamespace(st_size=100, st_mtime_ns=now - 3600 * 10**9, st_ctime_ns=now - 3600 * 10**9)
    assert stamp_of(saved_an_hour_ago, now).vouches_for(stamp_of(saved_an_hour_ago, now + 5 * 10**9))
