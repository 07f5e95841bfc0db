"""Shared fixtures: the seed corpus loaded once per session, and a bot over it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.library import Library
from bot.service import NewsBot

REPOSITORY = Path(__file__).resolve().parents[1]
SEEDS = REPOSITORY / "seeds"
SHARED_EVAL = REPOSITORY.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def settings(tmp_path_factory):
    """Settings over the bundled seeds with a fresh cache folder."""
    return load_settings(None, corpus_dir=SEEDS, cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def library(settings) -> Library:
    """The seed corpus, loaded and indexed once for the whole test session."""
    return Library.from_settings(settings)


@pytest.fixture(scope="session")
def bot(library, settings) -> NewsBot:
    """A bot answering from the seed corpus."""
    return NewsBot(library, settings)


@pytest.fixture()
def corpus_copy(tmp_path) -> Path:
    """A writable copy of the seed corpus (articles, glossary, metadata)."""
    target = tmp_path / "corpus"
    shutil.copytree(SEEDS, target)
    return target
