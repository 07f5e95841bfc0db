"""Typed names meet known ones in one matcher (bot.names), with a cut-off per purpose: taking a
name for a person is strict, autocomplete offers beginnings, "did you mean" reaches furthest."""

from __future__ import annotations

import pytest

from bot.names import names_meant, names_to_complete, names_to_suggest, same_word, words_match

KNOWN = ["Dmitri Medwedew", "Sergej Lawrow", "Jens Stoltenberg", "Anders Fogh Rasmussen", "Heiko Maas", "Sergei Schoigu"]


def test_a_typed_word_stands_for_a_name_word_spelled_or_sounding_the_same():
    assert same_word("Lavrov", "Lawrow")
    assert same_word("Medvedev", "Medwedew")
    assert same_word("shoigu", "Schoigu")
    assert same_word("MAAS", "Maas")
    assert not same_word("Medwedew", "Lawrow")
    assert not same_word("Ai", "Ei"), "a one-digit sound code says nothing"


def test_every_typed_word_must_match_a_word_of_the_name():
    assert words_match(["Sergei", "Lavrov"], ["Sergej", "Lawrow"])
    assert not words_match(["Lavrov", "Ukraine"], ["Sergej", "Lawrow"])


@pytest.mark.parametrize(
    ("typed", "meant", "completed", "suggested"),
    [
        ("Stoltenbrg", ["Jens Stoltenberg"], ["Jens Stoltenberg"], ["Jens Stoltenberg"]),  # a typo is taken
        ("Stoltenbarg Jensen", [], ["Jens Stoltenberg"], ["Jens Stoltenberg"]),  # further off: offered, not taken
        ("Lavrenti", [], [], ["Sergej Lawrow"]),  # only a "did you mean", by the sound of its beginning
        ("Medv", [], ["Dmitri Medwedew"], ["Dmitri Medwedew"]),  # a beginning is completed by sound
        ("Lawro", ["Sergej Lawrow"], ["Sergej Lawrow"], ["Sergej Lawrow"]),  # spelled close (90), though not alike in sound
        ("Stotberg", [], [], ["Jens Stoltenberg"]),  # spelled further off (67): only a "did you mean"
        ("Lawsn", [], [], []),  # too far off (64) to offer, and its sound begins otherwise
        ("Lw", [], [], []),  # two letters are matched by spelling only, not by their sound
        ("Merkel", [], [], []),
    ],
)
def test_each_purpose_reaches_as_far_as_its_cut_off(typed, meant, completed, suggested):
    assert names_meant(typed, KNOWN) == meant
    assert names_to_complete(typed, KNOWN, limit=5) == completed
    assert names_to_suggest(typed, KNOWN, limit=5) == suggested


def test_completion_offers_names_in_order_until_something_is_typed():
    assert names_to_complete("  ", KNOWN, limit=2) == KNOWN[:2]
    assert names_to_complete("Ras", KNOWN, limit=5)[0] == "Anders Fogh Rasmussen"


def test_text_too_short_to_hold_a_typo_is_a_fragment_and_never_taken_for_a_person():
    # "La" stands in "Lawrow" and in "Wladimir"; no slip of three letters scores 88 ("Mas" for "Maas": 86)
    for typed in ("La", "Ma", "He", "Maa", "Ste"):
        assert names_meant(typed, KNOWN) == [], typed
    # from four letters on a typo can be taken: "Putn" scores 89 against "Putin"
    assert names_meant("Putn", ["Wladimir Putin"]) == ["Wladimir Putin"]


def test_a_short_name_is_taken_when_it_is_a_whole_name_word_and_otherwise_offered():
    from types import SimpleNamespace

    from bot.speaker_index import QuoteRecord, SpeakerIndex

    people = ["Xi Jinping", "Li Keqiang", "Sergej Lawrow", "Antony Blinken", "Anders Fogh Rasmussen", "Heiko Maas"]
    index = SpeakerIndex([QuoteRecord((), 0, SimpleNamespace(person=name)) for name in people])
    assert index.find("Xi").name == "Xi Jinping"
    assert index.find("li").name == "Li Keqiang"
    assert index.find("Maas").name == "Heiko Maas"
    assert index.find("La") is None and index.find("Ma") is None
    assert "Sergej Lawrow" in index.suggestions("La")
    assert "Heiko Maas" in index.suggestions("Ma")
    # a name word that begins with the typed letters is offered, however long the name
    assert {"Antony Blinken", "Anders Fogh Rasmussen"} <= set(index.suggestions("An"))
