"""The quote scorer: one-to-one span matching, and speakers judged on the pair they belong to."""

from __future__ import annotations

from bot.eval.quotes import score_documents

TEXT = 'Die Zeitung zitiert den Minister mit den Worten: "Wir bleiben." Er ging.'


def document(quotes):
    return {"id": "d", "text": TEXT, "quotes": quotes}


def quote(speaker, kind="Direct"):
    return {"type": kind, "quote": [[49, 63]], "speaker": [speaker] if speaker else []}


def test_a_span_annotated_twice_pairs_with_the_gold_entry_whose_speaker_is_right():
    gold = document([quote([4, 11]), quote([24, 32])])  # "Zeitung" and "Minister"
    prediction = {"d": {"id": "d", "quotes": [quote([24, 32])]}}
    scores = score_documents([gold], prediction)["overlap"]["all"]
    assert scores["quote"]["precision"] == 1.0 and scores["quote"]["recall"] == 0.5
    assert scores["quote_speaker"]["precision"] == 1.0


def test_a_wrong_speaker_counts_for_the_quote_but_not_for_quote_and_speaker():
    gold = document([quote([24, 32])])
    prediction = {"d": {"id": "d", "quotes": [quote([64, 66])]}}  # "Er"
    scores = score_documents([gold], prediction)["overlap"]["all"]
    assert scores["quote"]["f1"] == 1.0
    assert scores["quote_speaker"]["f1"] == 0.0
