"""The German date tagger, used the way the /when timeline uses it: text plus article date in,
normalised TIMEX3 expressions out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot import messages
from bot.dates import Timex, human_label, lexicon, patterns, precision_of, tag_dates

EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"
ARTICLE_DATE = "2009-12-17"  # a Thursday


def only(text: str, reference: str | None = ARTICLE_DATE) -> Timex:
    """The single expression found in ``text``."""
    found = tag_dates(text, reference)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("am 17.12.2009 in Moskau", "17.12.2009", "2009-12-17"),
    ("am 17. Dezember 2009 in Moskau", "17. Dezember 2009", "2009-12-17"),
    ("im Dezember 2009 begann", "Dezember 2009", "2009-12"),
    ("Das Abkommen wurde 2009 unterzeichnet.", "2009", "2009"),
    ("hielt er am Donnerstag (17.12.2009) eine Rede", "Donnerstag (17.12.2009)", "2009-12-17"),
    ("laden am Donnerstag, 25. Februar ein", "Donnerstag, 25. Februar", "2010-02-25"),
    ("Die Zahl stieg im Jahr 1895 stark.", "Jahr 1895", "1895"),
    ("Der Vertrag lief Anfang Dezember aus.", "Anfang Dezember", "2009-12"),
    ("nach dem Einmarsch Ende 1979", "Ende 1979", "1979"),
    ("im Sommer 2008 wurden die Beratungen ausgesetzt", "Sommer 2008", "2008-SU"),
    ("in den achtziger Jahren besetzt", "den achtziger Jahren", "198"),
    ("in den 1990er-Jahren galt er", "den 1990er-Jahren", "199"),
    ("im 20. Jahrhundert", "20. Jahrhundert", "19"),
    ("im dritten Quartal 2014 stieg", "dritten Quartal 2014", "2014-Q3"),
])
def test_absolute_dates_keep_their_written_precision(text: str, span: str, value: str) -> None:
    timex = only(text)
    assert (timex.text, timex.type, timex.value) == (span, "DATE", value)
    assert text[timex.start:timex.end] == span


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Er sprach am Donnerstag vor Studenten.", "Donnerstag", "2009-12-17"),
    ("Er hatte am Montag verhandelt.", "Montag", "2009-12-14"),
    ("Der Gipfel wird am Freitag beginnen.", "Freitag", "2009-12-18"),
    ("Das Treffen findet im März statt.", "März", "2010-03"),
    ("Der Vertrag soll Mitte Mai fertig sein.", "Mitte Mai", "2010-05"),
    ("Im Juli hatte es geregnet.", "Juli", "2009-07"),
    ("Vergangene Woche hatte Lawrow gesprochen.", "Vergangene Woche", "2009-W50"),
    ("nach dem Krieg im vergangenen Jahr", "vergangenen Jahr", "2008"),
    ("Im kommenden Jahr beginnen Verhandlungen.", "kommenden Jahr", "2010"),
    ("Die Reise geht nächstes Jahr nach Rom.", "nächstes Jahr", "2010"),
    ("nach dem Rückzug vor 20 Jahren", "20 Jahren", "1989"),
    ("Gestern sagte er ab.", "Gestern", "2009-12-16"),
    ("Er kommt morgen an.", "morgen", "2009-12-18"),
    ("Heute schränkte er ein.", "Heute", "2009-12-17"),
    ("Das ist bis heute so geblieben.", "heute", "PRESENT_REF"),
    ("Die Lage ist derzeit ruhig.", "derzeit", "PRESENT_REF"),
    ("Jetzt wird der Kontakt intensiver.", "Jetzt", "PRESENT_REF"),
    ("Das Rennen wird heuer ausgetragen.", "heuer", "2009"),
    ("Die Zahl lag im Vorjahr höher.", "Vorjahr", "2008"),
])
def test_relative_expressions_are_anchored_to_the_article_date(text: str, span: str, value: str) -> None:
    timex = only(text)
    assert (timex.text, timex.value, timex.resolved) == (span, value, True)


@pytest.mark.parametrize(("text", "value"), [
    ("Er sprach am Donnerstag.", "XXXX-WXX-4"),
    ("Das Treffen findet im März statt.", "XXXX-03"),
    ("im vergangenen Jahr", "XXXX"),
    ("vor 20 Jahren", "XXXX"),
    ("Gestern sagte er ab.", "XXXX-XX-XX"),
    ("am 21. Dezember", "XXXX-12-21"),
])
def test_without_article_date_relative_expressions_stay_unresolved(text: str, value: str) -> None:
    timex = only(text, None)
    assert (timex.value, timex.resolved) == (value, False)
    assert precision_of(timex) == "unresolved"
    assert human_label(timex).startswith("unresolved")


@pytest.mark.parametrize(("text", "code", "when", "label"), [
    ("Er sprach am Donnerstag.", "L011", "Thursday", "unresolved: Thursday (date unknown)"),
    ("Um 15 Uhr begann es.", "L011", "15:00", "unresolved: 15:00 (date unknown)"),
    ("am 21. Dezember", "L012", "21 December", "unresolved: 21 December (year unknown)"),
    ("im Sommer", "L012", "Summer", "unresolved: Summer (year unknown)"),
    ("Vergangene Woche hatte er gesprochen.", "L013", "Vergangene Woche", "unresolved: Vergangene Woche (article date unknown)"),
    ("Gestern sagte er ab.", "L013", "Gestern", "unresolved: Gestern (article date unknown)"),
])
def test_unresolved_labels_say_what_is_unknown_in_the_catalogue_words(monkeypatch, text: str, code: str, when: str, label: str) -> None:
    assert human_label(only(text, None)) == label == messages.text(code, when=when)
    monkeypatch.setattr(messages, code, "{when}, reworded")
    assert human_label(only(text, None)) == f"{when}, reworded", "the wording is the catalogue's alone"


def test_a_month_level_article_date_resolves_years_but_not_weekdays() -> None:
    assert only("im Juli", "2021-03").value == "2021-07"
    assert only("nächstes Jahr", "2021-03").value == "2022"
    weekday = only("am Mittwoch", "2021-03")
    assert (weekday.value, weekday.resolved) == ("XXXX-WXX-3", False)
    assert human_label(only("Mitte Mai", "2021-03")) == "mid-May 2021"
    assert human_label(only("im März", None)) == "unresolved: March (year unknown)"


@pytest.mark.parametrize(("text", "span", "value", "range_end"), [
    ("lag der Dialog zwischen Juni 2014 und April 2016 auf Eis", "Juni 2014 und April 2016", "2014-06", "2016-04"),
    ("von 1979 bis 1989 kämpfte", "1979 bis 1989", "1979", "1989"),
    ("in ihrem Kampf zwischen 1979 und 1989 insgesamt", "1979 und 1989", "1979", "1989"),
    ("Georg Fuhg (1898-1976)", "1898-1976", "1898", "1976"),
])
def test_closed_ranges_are_one_expression_with_both_ends(text: str, span: str, value: str, range_end: str) -> None:
    timex = only(text)
    assert (timex.text, timex.value, timex.range_end) == (span, value, range_end)
    assert len(timex.parts) == 2 and precision_of(timex) == "range"


def test_open_ranges_carry_their_direction_in_mod() -> None:
    assert (only("Bis 2020 sollte eine Raketenabwehr entstehen.").mod) == "ON_OR_BEFORE"
    assert (only("Seit 2014 ist das so.").mod) == "ON_OR_AFTER"
    assert human_label(only("Seit 2014 ist das so.")) == "since 2014"


@pytest.mark.parametrize(("text", "span", "type_", "value"), [
    ("Beginn um 20.30 Uhr in der Aula", "20.30 Uhr", "TIME", "2009-12-17T20:30"),
    ("Am 25. Februar um 8 Uhr", "8 Uhr", "TIME", "2010-02-25T08:00"),
    ("Der Markt dauert drei Tage.", "drei Tage", "DURATION", "P3D"),
    ("in ihrem zehn Jahre dauernden Kampf", "zehn Jahre", "DURATION", "P10Y"),
    ("Er arbeitet seit Jahren dort.", "Jahren", "DURATION", "PXY"),
    ("Die Beratungen ruhten monatelang.", "monatelang", "DURATION", "PXM"),
    ("Rund 200 Stunden wurden geleistet.", "Rund 200 Stunden", "DURATION", "PT200H"),
    ("Sie soll ab sofort jeden Montag stattfinden.", "jeden Montag", "SET", "XXXX-WXX-1"),
    ("Der Rat soll einmal im Monat tagen.", "einmal im Monat", "SET", "P1M"),
    ("Die Bauern liefern täglich Milch.", "täglich", "SET", "P1D"),
    ("Geöffnet wochentags von früh bis spät.", "wochentags", "SET", "XXXX-WXX-WD"),
    ("Am Dienstagabend tagte der Rat.", "Dienstagabend", "TIME", "2009-12-15TEV"),
])
def test_times_durations_and_sets(text: str, span: str, type_: str, value: str) -> None:
    found = tag_dates(text, ARTICLE_DATE)
    timex = found[-1]
    assert (timex.text, timex.type, timex.value) == (span, type_, value)


@pytest.mark.parametrize("text", [
    "Die sowjetische Armee hatte insgesamt 15 000 Soldaten verloren.",
    "Das sind 30 Nato-Staaten.",
    "Es werden etwa 20 neue Formationen gebildet.",
    "Die Armee schickte 2000 Soldaten.",
    "Obama will seine Truppen um 30 000 Mann aufstocken.",
    "Rund 1500 Euro kostet das.",
    "Theresa May sagte das.",
    "Karl Mai sagte das.",
    "Mai Thi Nguyen sagte das.",
    "So ist es. Do you know? Mo und Di sind Namen.",
    "Sa ist kein Tag, so wie Fr keiner ist.",
    "Thomas Freitag lacht.",
    "Die Temperatur lag zwischen 2000 und 3000 Grad.",
    "Ralf Sommer kommt.",
])
def test_counts_names_and_abbreviations_are_not_dates(text: str) -> None:
    assert tag_dates(text, ARTICLE_DATE) == []


def _sentence_start(word: str) -> str:
    return word[:1].upper() + word[1:]


# Each lexicon table, the pattern part built from it, and the spellings a text uses for its words.
_EITHER = (str, _sentence_start)
_LEXICON_PATTERNS = {
    "months": (lexicon.MONTHS, patterns.MONTH_ANY, _EITHER),
    "full month names": ([w for w in lexicon.MONTHS if not w.endswith(".")], patterns.MONTH_FULL, _EITHER),
    "weekdays": (lexicon.WEEKDAYS, patterns.WEEKDAY, _EITHER),
    "weekday adverbs": (lexicon.WEEKDAY_ADVERBS, patterns.WEEKDAY_ADVERB, _EITHER),
    "seasons": (lexicon.SEASONS, patterns.SEASON, _EITHER),
    "day parts glued to a weekday": (lexicon.DAY_PART_NOUNS, patterns.DAY_PART_SUFFIX, (str,)),
    "day parts alone": (lexicon.DAY_PART_NOUNS, patterns.DAY_PART_NOUN, (_sentence_start,)),
    "day parts after a day": (lexicon.DAY_PARTS, patterns.DAY_PART_AFTER_DAY, (str,)),
    "relative words": (lexicon.RELATIVE_DIRECTION_WORDS, patterns.RELATIVE, _EITHER),
    "reference words": ([w for w in lexicon.REFERENCE_WORDS if w not in lexicon.REFERENCE_NOUNS],
                        patterns.REFERENCE, _EITHER),
    "reference nouns": (lexicon.REFERENCE_NOUNS, patterns.REFERENCE_NOUN, (_sentence_start,)),
    "number words": (lexicon.NUMBER_WORDS, patterns.NUMBER, _EITHER),
    "compound numbers": ([ones + "und" + tens for ones in lexicon.ONES_WORDS for tens in lexicon.TENS_WORDS],
                         patterns.NUMBER, (str,)),
    "decades": (lexicon.DECADE_WORDS, patterns.DECADE_WORD, _EITHER),
    "units": ([*lexicon.UNITS, *lexicon.UNIT_PLURALS], patterns.UNIT_PLURAL_OR_SINGULAR, (_sentence_start,)),
    "positions": (lexicon.POSITIONS, patterns.POSITION, _EITHER),
    "qualifiers": (lexicon.QUALIFIERS, patterns.QUALIFIER, _EITHER),
    "frequency adverbs": (lexicon.FREQUENCY_ADVERBS, patterns.SET_ADVERB.pattern, _EITHER),
}


@pytest.mark.parametrize("table", _LEXICON_PATTERNS)
def test_every_lexicon_word_is_matched_by_the_pattern_built_from_it(table: str) -> None:
    words, pattern, spellings = _LEXICON_PATTERNS[table]
    missing = [spell(word) for word in words for spell in spellings
               if not re.fullmatch(pattern, spell(word), re.VERBOSE)]
    assert not missing, f"{table}: {missing}"


# The spellings a pattern must refuse, for the reason its case policy gives: a day part glued
# to a weekday, or the tens to the ones of a number, are written small ("Dienstagabend",
# "fünfundzwanzig"); the nouns count only with their capital ("morgen" is tomorrow, "Morgen"
# the morning; "in der zukunft" is a misspelling the tagger leaves alone).
_REFUSED_SPELLINGS = {
    "day parts glued to a weekday": (lexicon.DAY_PART_NOUNS, patterns.DAY_PART_SUFFIX, _sentence_start),
    "day parts alone": (lexicon.DAY_PART_NOUNS, patterns.DAY_PART_NOUN, str),
    "reference nouns": (lexicon.REFERENCE_NOUNS, patterns.REFERENCE_NOUN, str),
    "units": ([*lexicon.UNITS, *lexicon.UNIT_PLURALS], patterns.UNIT_PLURAL_OR_SINGULAR, str),
    "tens inside a compound number": ([ones + "und" + tens.capitalize() for ones in lexicon.ONES_WORDS
                                       for tens in lexicon.TENS_WORDS], patterns.NUMBER, str),
}


@pytest.mark.parametrize("table", _REFUSED_SPELLINGS)
def test_a_pattern_refuses_the_spelling_its_case_policy_excludes(table: str) -> None:
    words, pattern, spell = _REFUSED_SPELLINGS[table]
    accepted = [spell(word) for word in words if re.fullmatch(pattern, spell(word), re.VERBOSE)]
    assert not accepted, f"{table}: {accepted}"


def test_an_unknown_case_policy_is_refused() -> None:
    with pytest.raises(ValueError):
        lexicon.alternation(["morgen"], case="upper")  # type: ignore[arg-type]


def test_lexicon_spellings_the_hand_written_patterns_missed_are_found() -> None:
    assert (only("Der Markt ist sonnabends geöffnet.").value) == "XXXX-WXX-6"
    assert (only("Das wurde vor Kurzem beschlossen.").text) == "vor Kurzem"
    assert (only("Das wurde vor kurzer Zeit beschlossen.").value) == "PRESENT_REF"


@pytest.mark.parametrize("text", [
    "Die Sanierung dauerte mehr als drei Jahre.",
    "Die Sanierung dauerte mehr\nals drei Jahre.",  # a hard-wrapped article
    "Die Sanierung dauerte mehr  als drei Jahre.",
])
def test_a_qualifier_broken_over_two_lines_keeps_its_mod(text: str) -> None:
    found = only(text)
    assert (found.value, found.mod) == ("P3Y", "MORE_THAN")


def test_labels_show_the_real_precision() -> None:
    cases = {
        "am 17. Dezember 2009": ("17 December 2009", "day"),
        "im Dezember 2009": ("December 2009", "month"),
        "im Sommer 2008": ("Summer 2008", "season"),
        "in den achtziger Jahren": ("1980s", "decade"),
        "im 20. Jahrhundert": ("20th century", "century"),
        "zwischen Juni 2014 und April 2016": ("June 2014 – April 2016", "range"),
        "2002 gegründet": ("2002", "year"),
        "drei Tage": ("3 days", "duration"),
    }
    for text, (label, precision) in cases.items():
        timex = only(text)
        assert (human_label(timex), precision_of(timex)) == (label, precision), text


def test_results_are_sorted_spans_of_the_input() -> None:
    text = "Am Donnerstag (17.12.2009) sprach er; 2002 war der Rat gegründet worden, im Juli 2019 tagte er."
    found = tag_dates(text, ARTICLE_DATE)
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(text[t.start:t.end] == t.text for t in found)
    assert [t.value for t in found] == ["2009-12-17", "2002", "2019-07"]


def _seed_texts() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt"))}


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="seed articles absent")
def test_seed_articles_give_the_nato_russia_council_timeline() -> None:
    values: dict[str, str] = {}
    for text in _seed_texts().values():
        for timex in tag_dates(text, ARTICLE_DATE):
            values.setdefault(timex.text, timex.value)
            for part in timex.parts:
                values.setdefault(part.text, part.value)
    expected = {
        "Juni 2014 und April 2016": "2014-06",
        "Juli 2019": "2019-07",
        "2002": "2002",
        "Sommer 2008": "2008-SU",
        "Ende 1979": "1979",
        "Donnerstag (17.12.2009)": "2009-12-17",
        "August 2008": "2008-08",
        "20 Jahren": "1989",
    }
    for span, value in expected.items():
        assert values.get(span) == value, span
    assert "15 000" not in " ".join(values)


def _score_first_documents(count: int) -> dict:
    from bot.eval.timex import predict, score_documents

    path = EVAL_DIR / "timex-krauts-dev.jsonl"
    with path.open(encoding="utf-8") as lines:
        documents = [json.loads(line) for _, line in zip(range(count), lines)]
    predictions = {document["id"]: predict(document) for document in documents}
    return score_documents(documents, predictions)


@pytest.mark.skipif(not (EVAL_DIR / "timex-krauts-dev.jsonl").is_file(), reason="KRAUTS dev file absent")
def test_scores_on_the_first_krauts_documents_stay_above_the_floor() -> None:
    scores = _score_first_documents(40)
    assert scores["relaxed"]["f1"] >= 0.88
    assert scores["strict"]["f1"] >= 0.80
    assert scores["value"]["f1"] >= 0.74


def test_impossible_days_are_not_dates_and_do_not_fail():
    from bot.dates.tagger import tag_dates

    for text in ("Am 86. Juli 2009 kam er.", "Vom 86. Juli bis 3. August 2009.", "am 31.02.2009"):
        values = [t.value for t in tag_dates(text, "2010-02-20")]
        assert not any(v.endswith("-86") or v.endswith("-02-31") for v in values)


def test_tagging_keeps_no_article_text_alive(monkeypatch):
    import gc
    import weakref

    from bot.dates.context import TextContext

    seen: list[weakref.ref] = []
    original = TextContext.__init__

    def remember(self, **kwargs):
        original(self, **kwargs)
        seen.append(weakref.ref(self))

    monkeypatch.setattr(TextContext, "__init__", remember)
    tag_dates("Am 3. Mai 2009 sagte er, die Gespräche würden im Juni fortgesetzt.", "2009-05-04")
    gc.collect()
    assert seen and all(ref() is None for ref in seen)
