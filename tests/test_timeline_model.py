"""The timeline model: TIMEX3 values placed in time, ordered, and duplicates merged."""

from __future__ import annotations

from datetime import date

import pytest

from bot.dates import Timex, human_label, precision_of
from bot.dates.values import value_interval
from bot.timeline import TimelineEvent, chronological, merge_duplicates
from bot.topic import topic_of


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2009-12-17", date(2009, 12, 17), date(2009, 12, 17)),
        ("2009-12", date(2009, 12, 1), date(2009, 12, 31)),
        ("2002", date(2002, 1, 1), date(2002, 12, 31)),
        ("2008-SU", date(2008, 6, 1), date(2008, 8, 31)),
        ("2008-WI", date(2008, 12, 1), date(2009, 2, 28)),
        ("198", date(1980, 1, 1), date(1989, 12, 31)),
        ("2010-W08", date(2010, 2, 22), date(2010, 2, 28)),
        ("2010-02-25T20:30", date(2010, 2, 25), date(2010, 2, 25)),
    ],
)
def test_values_cover_the_days_they_name(value, first, last):
    assert value_interval(value) == (first, last)


@pytest.mark.parametrize(
    ("value", "label", "precision"),
    [
        ("2009-12-17", "17 December 2009", "day"),
        ("2008-AU", "Autumn 2008", "season"),
        ("2010-Q1", "Q1 2010", "quarter"),
        ("2010-H2", "second half of 2010", "quarter"),
        ("19", "20th century", "century"),
    ],
)
def test_label_precision_and_interval_read_the_same_value(value, label, precision):
    timex = Timex(0, len(value), value, "DATE", value)
    assert human_label(timex) == label
    assert precision_of(timex) == precision
    assert value_interval(value) is not None


@pytest.mark.parametrize(
    ("timex", "label"),
    [
        (Timex(0, 12, "jeden Montag", "SET", "XXXX-WXX-1"), "every Monday"),
        (Timex(0, 12, "freitagabends", "SET", "XXXX-WXX-5TEV"), "every Friday evening"),
        (Timex(0, 10, "Donnerstag", "DATE", "XXXX-WXX-4", resolved=False), "unresolved: Thursday (date unknown)"),
    ],
)
def test_weekday_values_are_labelled(timex, label):
    assert human_label(timex) == label


@pytest.mark.parametrize("value", ["XXXX-03", "XXXX-XX-XX", "PRESENT_REF", "P3D", "", "2010-Q7"])
def test_values_without_a_place_in_time(value):
    assert value_interval(value) is None


def event(value, words, range_end=None, source="a"):
    return TimelineEvent(value, value, "year", range_end, value, frozenset(words), None, [source])


def test_chronological_order_with_ranges_and_undated_last():
    events = [
        event("2019-07", {"gesprach"}),
        event("XXXX-03", {"erklarung"}),
        event("2014-06", {"dialog", "eis"}, range_end="2016-04"),
        event("2002", {"grund"}),
        event("2008-SU", {"beratung"}),
    ]
    assert [e.value for e in chronological(events)] == ["2002", "2008-SU", "2014-06", "2019-07", "XXXX-03"]


def test_same_event_twice_is_merged_with_both_sources():
    merged = merge_duplicates([
        event("2002", {"nato-russland-rat", "2002", "grund"}, source="heading"),
        event("2002", {"nato-russland-rat", "2002", "grund", "moskau", "vertrau"}, source="body"),
        event("2002", {"transit", "abkomm"}, source="other"),
    ])
    assert [e.sources for e in merged] == [["heading", "body"], ["other"]]


def test_topic_in_english_and_german_covers_the_same_sentence(library):
    sentence = set(library.analyzer.terms("Der NATO-Russland-Rat war 2002 gegründet worden."))
    assert topic_of(library, "NATO-Russia Council").is_covered_by(sentence)
    assert topic_of(library, "NATO-Russland-Rat").is_covered_by(sentence)
    assert topic_of(library, "Rat").is_covered_by(sentence)
    assert not topic_of(library, "NATO-Russia Council").is_covered_by(set(library.analyzer.terms("Russland und die NATO")))
