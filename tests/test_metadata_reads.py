"""The metadata file is read once per build, and a watch poll over an unchanged corpus only
looks at file sizes and mtimes: it parses the metadata file only after it changed."""

from __future__ import annotations

import pytest
import yaml

from bot.config import load_settings
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


def test_a_build_parses_the_metadata_file_once(corpus_copy, tmp_path, metadata_parses):
    settings = _settings(corpus_copy, tmp_path, "Neuanfang in Moskau")
    library = Library.from_settings(settings)
    assert metadata_parses.count(ENTRY.format(title="Neuanfang in Moskau")) == 1
    assert next(a for a in library.articles if a.file.startswith("001")).metadata.title == "Neuanfang in Moskau"


def test_a_poll_without_changes_does_not_parse_the_metadata_file(corpus_copy, tmp_path, metadata_parses):
    settings = _settings(corpus_copy, tmp_path, "Neuanfang in Mokau")
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
