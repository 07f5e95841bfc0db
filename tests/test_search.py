"""``/search``: German and English questions find their passages, cited and highlighted."""

from __future__ import annotations

import pytest

# (question, article prefix, a phrase of the expected paragraph)
QUESTIONS = [
    ("Raketenabwehr", "000", "Bis 2020 sollte eine gemeinsame Raketenabwehr"),
    ("missile defence", "000", "Bis 2020 sollte eine gemeinsame Raketenabwehr"),
    ("Rat", "004", "NATO-Russland-Rat"),
    ("NATO-Russland-Rat gegründet", "004", "2002 gegründet worden"),
    ("NATO-Russia Council founded", "004", "2002 gegründet worden"),
    ("Weissrussland Hauptquartier", "003", "Zugang für weißrussische Vertreter"),
    ("Belarus headquarters", "003", "Zugang für weißrussische Vertreter"),
    ("Hubschrauber Afghanistan", "000", "Hubschrauber zur Verfügung stellt"),
    ("helicopters Afghanistan", "000", "Hubschrauber zur Verfügung stellt"),
    ("Medvedev security treaty", "001", "Sicherheitsvertrag für Europa"),
    ("Shoigu", "003", "Sergei Schoigu"),
    ("Lavrov European security architecture", "002", "Sicherheitsarchitektur"),
    ("Georgia war consultations suspended", "002", "monatelang ausgesetzt"),
    ("cyber warfare", "002", "Kriegsführung im Internet"),
    ("dialogue frozen Ukraine conflict", "004", "komplett auf Eis"),
    ("Sanktionen wirtschaftlicher Druck", "003", "wirtschaftlichen Druck und die Sanktionen"),
]


@pytest.mark.parametrize(("question", "prefix", "phrase"), QUESTIONS)
def test_question_finds_its_passage_in_the_top_three(bot, library, question, prefix, phrase):
    answer = bot.ask(f"/search {question}")
    top = answer.items[:3]
    found = [
        item for item in top
        if item.citation.file.startswith(prefix) and phrase in library.passage(item.citation.id).text
    ]
    assert found, [(i.citation.id, i.text[:60]) for i in top]


def test_items_are_verbatim_cited_and_highlighted(bot, settings):
    answer = bot.ask("/search Raketenabwehr")
    assert answer.items
    for item in answer.items:
        original = (settings.corpus_dir / item.citation.file).read_text(encoding="utf-8")
        assert original[item.citation.start : item.citation.end] == item.text
        marked = [item.text[h.start : h.end] for h in item.highlights]
        assert marked and all(word.lower().startswith("raketenabwehr") for word in marked)


def test_english_and_german_queries_agree_on_the_best_passage(bot):
    german = bot.ask("/search Raketenabwehr").items[0].citation.id
    english = bot.ask("/search missile defence").items[0].citation.id
    assert german == english


def test_dw_citation_carries_link_date_title_and_outlet(bot):
    item = bot.ask("/search Hubschrauber-Ausbildung Ersatzteile").items[0]
    citation = item.citation
    assert citation.file == "000_fe6d5f69a9127e95.txt"
    assert (citation.url, citation.date, citation.outlet) == ("https://p.dw.com/p/L6Tk", "2009-12-17", "Deutsche Welle")
    assert citation.title == "Gemeinsame Ziele mit Russland"


def test_undated_article_is_cited_without_a_date(bot):
    item = bot.ask("/search Echo Moskwy").items[0]
    assert item.citation.file.startswith("001")
    assert item.citation.date is None


def test_long_paragraph_is_trimmed_at_word_boundaries_around_the_match(bot, settings):
    item = bot.ask("/search Kopenhagen Weltklimagipfel").items[0]
    original = (settings.corpus_dir / item.citation.file).read_text(encoding="utf-8")
    assert item.text == original[item.citation.start : item.citation.end]
    assert len(item.text) <= 320
    assert "Weltklimagipfels" in item.text
    before = original[item.citation.start - 1]
    after = original[item.citation.end] if item.citation.end < len(original) else " "
    assert not before.isalnum() and not after.isalnum()


def test_source_shows_the_cited_paragraph_with_its_neighbours(bot):
    cited = bot.ask("/search Schoigu").items[0].citation
    answer = bot.ask(f"/source {cited.id}")
    numbers = [item.citation.paragraph for item in answer.items]
    assert numbers == [cited.paragraph - 1, cited.paragraph, cited.paragraph + 1]
    assert [item.fields["cited"] for item in answer.items] == [False, True, False]


def test_source_accepts_a_short_file_prefix(bot):
    answer = bot.ask("/source 004:12")
    assert any(item.fields["cited"] and "2002" in item.text for item in answer.items)
