"""The corpus as a user meets it: clean passages, exact offsets, honest metadata, robust loading."""

from __future__ import annotations

import logging

import pytest

from bot.corpus.loader import load_corpus
from bot.library import Library
from bot.glossary import Glossary

DEBRIS = [
    "Zum Inhalt springen",
    "Hauptnavigation",
    "Kommentare",
    "kommentiert",
    "Serviceangebote",
    "Zur Startseite",
    "%1%2%",
    "• 0",
    "Bild: AP",
    "(Foto: AP)",
    "Bildmontage",
    "https://p.dw.com",
    "Autor:",
    "Redaktion:",
    "Logo Nato",
    " date 2021-03",
]


def article(library: Library, prefix: str):
    return next(a for a in library.articles if a.file.startswith(prefix))


def test_all_five_seed_articles_are_loaded(library):
    assert [a.file[:3] for a in library.articles] == ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("debris", DEBRIS)
def test_no_passage_contains_web_debris(library, debris):
    offenders = [p.text for p in library.passages if debris in p.text]
    assert offenders == []


def test_every_passage_points_at_exact_text(library, settings):
    for passage in library.passages:
        original = (settings.corpus_dir / passage.article.file).read_text(encoding="utf-8")
        assert original[passage.paragraph.start : passage.paragraph.end] == passage.text
        assert passage.text == passage.text.strip() and passage.text
        for start, end in passage.paragraph.sentences:
            assert passage.paragraph.start <= start < end <= passage.paragraph.end


def test_caption_with_statement_is_kept_without_photo_credit(library):
    dw = article(library, "000")
    captions = [dw.paragraph_text(p) for p in dw.paragraphs if p.kind == "caption"]
    assert 'NATO-Generalsekretär Rasmussen: "Bis 2020 gemeinsame Raketenabwehr"' in captions


def test_dw_article_has_its_short_link_date_and_outlet(library):
    dw = article(library, "000")
    assert dw.metadata.url == "https://p.dw.com/p/L6Tk"
    assert dw.metadata.date == "2009-12-17"
    assert dw.metadata.outlet == "Deutsche Welle"
    assert dw.metadata.title == "Gemeinsame Ziele mit Russland"
    assert dw.metadata.author == "Matthias von Hellfeld"


def test_dpa_article_is_dated_to_the_month_its_text_gives(library):
    assert article(library, "004").metadata.date == "2021-03"


@pytest.mark.parametrize("prefix", ["001", "002", "003"])
def test_articles_without_a_stated_date_stay_undated(library, prefix):
    assert article(library, prefix).metadata.date is None


def test_outlet_named_in_comment_box_is_inferred(library):
    handelsblatt = article(library, "002")
    assert handelsblatt.metadata.outlet == "Handelsblatt"
    assert handelsblatt.metadata.title == "Militärische Zusammenarbeit: Russland und Nato nähern sich an"


def test_broken_files_are_skipped_with_one_log_line_each(corpus_copy, tmp_path, caplog):
    (corpus_copy / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (corpus_copy / "latin1.txt").write_bytes("Die Nato und Rußland".encode("latin-1"))
    (corpus_copy / "empty.txt").write_text("   \n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="bot.corpus.loader"):
        articles, report = load_corpus(corpus_copy, cache_dir=tmp_path / "cache")
    assert len(articles) == 5
    assert set(report.skipped) == {"binary.txt", "latin1.txt", "empty.txt"}
    skip_lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Skipping")]
    assert len(skip_lines) == 3
    assert any("binary.txt" in line and "binary" in line for line in skip_lines)
    assert any("latin1.txt" in line and "UTF-8" in line for line in skip_lines)
    assert any("empty.txt" in line and "empty" in line for line in skip_lines)


def test_restart_reads_the_cache_and_only_a_changed_article_is_redone(corpus_copy, tmp_path):
    cache = tmp_path / "cache"
    _, first = load_corpus(corpus_copy, cache_dir=cache)
    assert first.from_cache == 0
    _, second = load_corpus(corpus_copy, cache_dir=cache)
    assert second.from_cache == 5
    changed = corpus_copy / "003_4b6bc0bcf130c92d.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nEin neuer Absatz.\n", encoding="utf-8")
    _, third = load_corpus(corpus_copy, cache_dir=cache)
    assert third.from_cache == 4


def test_metadata_file_supplies_what_the_text_does_not(corpus_copy, tmp_path):
    (corpus_copy / "metadata.yaml").write_text(
        "articles:\n"
        "  001_1743fcddeafe14d7.txt:\n"
        "    outlet: Beispiel-Zeitung\n"
        "    date: 2009-12-18\n"
        "    title: Neuanfang in Moskau\n"
        "    url: https://example.org/neuanfang\n",
        encoding="utf-8",
    )
    articles, _ = load_corpus(corpus_copy, cache_dir=tmp_path / "cache")
    library = Library(articles, glossary=Glossary({}))
    one = article(library, "001")
    assert (one.metadata.outlet, one.metadata.date, one.metadata.title) == ("Beispiel-Zeitung", "2009-12-18", "Neuanfang in Moskau")
    assert one.metadata.origin["date"] == "metadata"
    assert article(library, "000").metadata.date == "2009-12-17"


def test_broken_metadata_file_is_ignored_with_a_log_line(corpus_copy, tmp_path, caplog):
    (corpus_copy / "metadata.yaml").write_text("articles: [unclosed", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        articles, _ = load_corpus(corpus_copy, cache_dir=tmp_path / "cache")
    assert len(articles) == 5
    assert any("metadata" in r.getMessage() for r in caplog.records)


def test_only_text_files_are_articles(tmp_path):
    from bot.corpus.loader import article_files

    for name in ("a.txt", "b.md", "c.text", "README", "LICENSE", "metadata.yaml", ".hidden.txt"):
        (tmp_path / name).write_text("Text.", encoding="utf-8")
    assert [path.name for path in article_files(tmp_path)] == ["a.txt", "b.md", "c.text"]


def test_a_title_fix_in_the_metadata_file_reuses_the_extraction_and_a_text_change_does_not(corpus_copy, tmp_path, monkeypatch):
    from bot.corpus import loader

    processed = []
    original = loader.process_text
    monkeypatch.setattr(loader, "process_text", lambda text, overrides=None: processed.append(text) or original(text, overrides))
    cache, metadata = tmp_path / "cache", corpus_copy / "metadata.yaml"
    entry = "articles:\n  001_1743fcddeafe14d7.txt:\n    title: {title}\n    date: {date}\n"
    metadata.write_text(entry.format(title="Neuanfang in Mokau", date="2009-12-18"), encoding="utf-8")
    load_corpus(corpus_copy, cache_dir=cache)
    assert len(processed) == 5

    processed.clear()
    metadata.write_text(entry.format(title="Neuanfang in Moskau", date="2009-12-18"), encoding="utf-8")
    articles, report = load_corpus(corpus_copy, cache_dir=cache)
    assert processed == [] and report.from_cache == 5
    fixed = next(a for a in articles if a.file.startswith("001"))
    assert (fixed.metadata.title, fixed.metadata.date) == ("Neuanfang in Moskau", "2009-12-18")

    metadata.write_text(entry.format(title="Neuanfang in Moskau", date="2009-12-19"), encoding="utf-8")
    load_corpus(corpus_copy, cache_dir=cache)  # the date anchors relative dates: extracted again
    assert len(processed) == 1

    processed.clear()
    changed = corpus_copy / "003_4b6bc0bcf130c92d.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nEin neuer Absatz.\n", encoding="utf-8")
    load_corpus(corpus_copy, cache_dir=cache)
    assert len(processed) == 1 and "Ein neuer Absatz." in processed[0]
