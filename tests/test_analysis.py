"""German analysis, glossary and name sounds: the pieces that make queries meet articles."""

from __future__ import annotations

import pytest

from bot.analysis import default_analyzer
from bot.glossary import Glossary
from bot.names import SUGGEST_CUTOFF, closest_names, cologne_code


def test_compound_yields_whole_and_parts():
    terms = default_analyzer().terms("NATO-Russland-Rat")
    assert terms[0] == "nato-russland-rat"
    assert {"nato", "russland", "rat"} <= set(terms)


def test_sharp_s_and_ss_spellings_meet():
    analyzer = default_analyzer()
    assert analyzer.terms("Weißrussland") == analyzer.terms("Weissrussland")


def test_inflected_and_irregular_forms_meet():
    analyzer = default_analyzer()
    assert analyzer.terms("Gesprächen") == analyzer.terms("Gespräche")
    assert analyzer.terms("gegründet") == analyzer.terms("gründen")


def test_stopwords_yield_no_terms():
    assert default_analyzer().terms("und der die das") == []


@pytest.mark.parametrize(
    ("english", "german"),
    [("Medvedev", "Medwedew"), ("Lavrov", "Lawrow"), ("Shoigu", "Schoigu"), ("Stoltenberg", "Stoltenberg")],
)
def test_english_and_german_spellings_of_names_sound_alike(english, german):
    assert cologne_code(english) == cologne_code(german)


def test_different_names_sound_different():
    assert cologne_code("Medwedew") != cologne_code("Lawrow")


def test_closest_names_tolerates_typos_and_rejects_strangers():
    known = ["Dmitri Medwedew", "Sergej Lawrow", "Jens Stoltenberg", "Anders Fogh Rasmussen"]
    assert closest_names("Stoltenburg", known, cutoff=SUGGEST_CUTOFF)[0] == "Jens Stoltenberg"
    assert closest_names("fogh rasmussen", known, cutoff=SUGGEST_CUTOFF)[0] == "Anders Fogh Rasmussen"
    assert closest_names("Merkel", known, cutoff=SUGGEST_CUTOFF) == []


def test_glossary_prefers_the_longest_phrase_and_ignores_case_and_hyphens():
    glossary = Glossary({"missile defence": ["Raketenabwehr"], "defence": ["Verteidigung"], "NATO-Russia Council": ["NATO-Russland-Rat"]})
    translations, rest = glossary.translate("When did the nato russia council talk about Missile Defence")
    assert [t.german for t in translations] == [("NATO-Russland-Rat",), ("Raketenabwehr",)]
    assert rest == ["When", "did", "the", "talk", "about"]


def test_the_analyzers_fingerprint_changes_with_the_stemmer_version(monkeypatch):
    import importlib.metadata

    from bot.analysis import GermanAnalyzer

    before = GermanAnalyzer().fingerprint
    real_version = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "999.0" if name == "PyStemmer" else real_version(name))
    assert GermanAnalyzer().fingerprint != before  # cached analyses from another stemmer are not reused
