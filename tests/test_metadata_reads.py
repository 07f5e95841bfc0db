"""The metadata file is read once per build, and a watch poll over an unchanged corpus only
looks at file sizes and mtimes: it parses the metadata file only after it changed."""

from __future__ import annotations

import os
import time

import pytest
import yaml

from bot.config import load_settings
from bot.file_stamps import MetadataFile
from bot.library import Library
from bot.reload import Reloader
from bot.service import NewsBot

ENTRY = "articles:\n  001_1743fcddeafe14d7.txt:\n    title: {title}\n"


@pytest.fixture()
def metadata_parses(monkeypatch):
    """The texts ``yaml.safe_load`` parsed since the test began (metadata file and glossary)."""
    parsed: list[str] = []
    original = yaml.safe_load
    monkeypatch.setattr(yaml, "safe_load", lambda text: parsed.append(text) or original(text))
    return parsed


def _settings(corpus_copy, tmp_path, title: str):
    (corpus_copy / "metadata.yaml").write_text(ENTRY.format(title=title), encoding="utf-8")
    return load_settings(None, corpus_dir=corpus_copy, cache_dir=tmp_path / "cache")


def _last_edited_an_hour_ago(path) -> None:
    an_hour_ago = time.time_ns() - 3600 * 10**9  # a stamp this old is trusted (nothing is timed)
    os.utime(path, ns=(an_hour_ago, an_hour_ago))


def test_a_build_parses_the_metadata_file_once(corpus_copy, tmp_path, metadata_parses):
    settings = _settings(corpus_copy, tmp_path, "Neuanfang in Moskau")
    library = Library.from_settings(settings)
    assert metadata_parses.count(ENTRY.format(title="Neuanfang in Moskau")) == 1
    assert next(a for a in library.articles if a.file.startswith("001")).metadata.title == "Neuanfang in Moskau"


def test_a_poll_without_changes_does_not_parse_the_metadata_file(corpus_copy, tmp_path, metadata_parses):
    settings = _settings(corpus_copy, tmp_path, "Neuanfang in Mokau")
    _last_edited_an_hour_ago(corpus_copy / "metadata.yaml")
    newsbot = NewsBot(Library.from_settings(settings), settings)
    reloader = Reloader(bot=newsbot, settings=settings)
    assert not reloader.changes()  # the reloader's first look reads the metadata file

    metadata_parses.clear()
    assert not reloader.changes()
    assert not reloader.changes()
    assert metadata_parses == []

    # the fixed title is one letter longer: the size tells the change even within one mtime tick
    (corpus_copy / "metadata.yaml").write_text(ENTRY.format(title="Neuanfang in Moskau"), encoding="utf-8")
    assert reloader.reload(wait=True)
    assert reloader.last_changes.changed == ("001_1743fcddeafe14d7.txt",)
    assert metadata_parses.count(ENTRY.format(title="Neuanfang in Moskau")) == 1  # the rebuild used the poll's reading
    assert next(a for a in newsbot.library.articles if a.file.startswith("001")).metadata.title == "Neuanfang in Moskau"
    assert not reloader.changes()


def test_an_edit_during_a_rebuild_is_not_filed_under_the_index_built_before_it(corpus_copy, tmp_path, monkeypatch):
    from bot import file_stamps

    settings = _settings(corpus_copy, tmp_path, "Neuanfang in Mokau")
    newsbot = NewsBot(Library.from_settings(settings), settings)
    reloader = Reloader(bot=newsbot, settings=settings)
    metadata_path = corpus_copy / "metadata.yaml"
    metadata_path.write_text(ENTRY.format(title="Neuanfang in Moskau"), encoding="utf-8")

    parse = file_stamps.load_metadata_file
    later_edits = [ENTRY.format(title="Neuanfang in Moskau 2009")]

    def parse_then_save_again(path):  # the editor saves once more right after the reload read the file
        entries = parse(path)
        if later_edits:
            metadata_path.write_text(later_edits.pop(), encoding="utf-8")
        return entries

    monkeypatch.setattr(file_stamps, "load_metadata_file", parse_then_save_again)
    assert reloader.reload(wait=True)
    assert next(a for a in newsbot.library.articles if a.file.startswith("001")).metadata.title == "Neuanfang in Moskau"

    restarted = Library.from_settings(settings)  # must not map back the index built from the older reading
    assert next(a for a in restarted.articles if a.file.startswith("001")).metadata.title == "Neuanfang in Moskau 2009"


def test_a_second_save_that_keeps_size_and_mtime_is_still_read(tmp_path):
    path = tmp_path / "metadata.yaml"
    path.write_text(ENTRY.format(title="Neuanfang in Mokau"), encoding="utf-8")
    metadata = MetadataFile(path)
    assert metadata.read().entry("001_1743fcddeafe14d7.txt")["title"] == "Neuanfang in Mokau"

    before = path.stat()
    path.write_text(ENTRY.format(title="Neuanfang in Mosau"), encoding="utf-8")  # the same length
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # saved again within one mtime tick
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert metadata.read().entry("001_1743fcddeafe14d7.txt")["title"] == "Neuanfang in Mosau"


def test_a_copy_that_keeps_an_old_mtime_is_still_read(tmp_path):
    path = tmp_path / "metadata.yaml"
    path.write_text(ENTRY.format(title="Neuanfang in Mokau"), encoding="utf-8")
    _last_edited_an_hour_ago(path)
    metadata = MetadataFile(path)
    assert metadata.read().entry("001_1743fcddeafe14d7.txt")["title"] == "Neuanfang in Mokau"
    assert metadata.read().entry("001_1743fcddeafe14d7.txt")["title"] == "Neuanfang in Mokau"

    before = path.stat()
    path.write_text(ENTRY.format(title="Neuanfang in Mosau"), encoding="utf-8")  # cp -p, rsync -t
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert metadata.read().entry("001_1743fcddeafe14d7.txt")["title"] == "Neuanfang in Mosau"


def test_after_a_restart_from_the_stored_index_polls_read_its_file_stamps_once(corpus_copy, tmp_path, monkeypatch):
    from bot import reload

    settings = _settings(corpus_copy, tmp_path, "Neuanfang in Moskau")
    _last_edited_an_hour_ago(corpus_copy / "metadata.yaml")
    Library.from_settings(settings)
    restarted = Library.from_settings(settings)
    assert restarted.index_folder is not None and restarted.files is None  # mapped back, nothing read yet

    reads = []
    read_stored_files = reload.read_stored_files
    monkeypatch.setattr(reload, "read_stored_files", lambda folder: reads.append(folder) or read_stored_files(folder))
    reloader = Reloader(bot=NewsBot(restarted, settings), settings=settings)
    assert not reloader.changes()
    assert not reloader.changes()
    assert not reloader.changes()
    assert reads == [restarted.index_folder]
