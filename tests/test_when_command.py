"""``/when``: a cited, chronological timeline of a topic, in English or German, with a picture."""

from __future__ import annotations

import io

import pytest
from PIL import Image

EXPECTED = [
    # (TIMEX3 value, range end, label, file prefix, words of the cited sentence)
    ("2002", None, "2002", "004", "2002 gegründet"),
    ("2008-SU", None, "Summer 2008", "002", "Beratungen im Nato-Russland-Rat monatelang ausgesetzt"),
    ("2014-06", "2016-04", "June 2014 – April 2016", "004", "komplett auf Eis"),
    ("2019-07", None, "July 2019", "004", "letzten Gespräche"),
]


@pytest.fixture(scope="module")
def council(bot):
    return bot.ask("/when NATO-Russia Council")


def dated(answer):
    return [item for item in answer.items if item.fields["dated"]]


def test_the_council_timeline_has_the_expected_events_in_order(council):
    events = [(i.fields["when"]["value"], i.fields["when"]["end"], i.fields["when"]["label"], i.citation.file[:3], i.text) for i in dated(council)]
    assert [e[:4] for e in events] == [e[:4] for e in EXPECTED]
    for (_, _, _, _, text), (*_, words) in zip(events, EXPECTED):
        assert words in text


def test_each_event_is_cited_verbatim_with_its_date_marked(council, settings):
    for item in council.items:
        original = (settings.corpus_dir / item.citation.file).read_text(encoding="utf-8")
        assert original[item.citation.start : item.citation.end] == item.text
        marked = [item.text[h.start : h.end] for h in item.highlights]
        assert marked == [item.fields["date_text"]]


def test_the_same_event_in_a_heading_and_a_paragraph_is_shown_once_with_both_sources(council):
    founded = next(i for i in council.items if i.fields["when"]["value"] == "2002")
    assert founded.citation.paragraph == 13  # the full sentence, not the heading
    assert [c.paragraph for c in founded.also_cited] == [12]


def test_unresolvable_dates_come_last_and_are_marked(council):
    flags = [item.fields["dated"] for item in council.items]
    assert flags == sorted(flags, reverse=True)
    undated = [i for i in council.items if not i.fields["dated"]]
    assert undated and all(i.fields["when"]["label"].startswith("unresolved") for i in undated)
    assert council.notice.code == "W012"
    # "Vergangene Woche" in an undated article must not get a guessed year
    week = [i for i in undated if i.fields["date_text"] == "Vergangene Woche"]
    assert week and "X" in week[0].fields["when"]["value"]


def test_english_and_german_topics_give_the_same_timeline(bot, council):
    german = bot.ask("/when NATO-Russland-Rat")
    assert [(i.fields["when"]["value"], i.citation.id) for i in german.items] == [
        (i.fields["when"]["value"], i.citation.id) for i in council.items
    ]


def test_the_timeline_picture_is_a_valid_png(council):
    assert council.image_png.startswith(b"\x89PNG\r\n\x1a\n")
    picture = Image.open(io.BytesIO(council.image_png))
    picture.verify()
    assert picture.size[0] >= 600 and picture.size[1] >= 150


def test_json_items_carry_when(council):
    item = council.to_dict()["items"][0]
    assert item["when"] == {"value": "2002", "label": "2002", "precision": "year", "end": None}
    assert item["citation"]["date"] == "2021-03"


def test_counts_are_not_dates(bot):
    answer = bot.ask("/when Formationen Militäreinheiten")
    assert all("20" not in i.fields["date_text"] for i in answer.items)


def test_a_topic_without_dated_events_says_so(bot):
    answer = bot.ask("/when Quantencomputer")
    assert answer.items == [] and answer.notice.code == "W009"
    assert answer.image_png is None


def test_the_picture_is_drawn_only_when_asked_for(bot):
    answer = bot.ask("/when Raketenabwehr")
    assert answer.has_image and answer.to_dict()["has_image"] is True
    assert answer._image is None  # answering did not draw it
    first = answer.image_png
    assert first is not None and answer.image_png is first  # drawn once, then kept
