"""Run ``tag_dates`` over an annotated JSONL file (KRAUTS format), write predictions, score.

Scores, all one-to-one with greedy matching (``bot.eval.scoring``):

* ``strict``: predicted and gold span identical.
* ``relaxed``: spans overlap (best overlap ratio first).
* ``value``: relaxed match *and* identical TIMEX3 value; precision = correct / predicted,
  recall = correct / gold.
* ``type_accuracy`` and ``value_accuracy``: share of relaxed matches with the right type / value.

A closed range ("zwischen 1979 und 1989") is written as its two parts, as the gold data
annotates them.
"""

from __future__ import annotations

import logging

from bot.dates import Timex, tag_dates
from bot.eval.scoring import greedy_match, overlap_ratio, prf

_log = logging.getLogger(__name__)




def timex_records(timexes: list[Timex]) -> list[dict]:
    """Convert tagger output to evaluation records, ranges split into their parts."""
    records = []
    for timex in timexes:
        for part in timex.parts or (timex,):
            records.append({"start": part.start, "end": part.end, "text": part.text,
                            "type": part.type, "value": part.value, "mod": part.mod})
    return records


def predict(document: dict) -> dict:
    """Return the prediction line for one input document (its ``dct`` is the article date)."""
    timexes = tag_dates(document["text"], document.get("dct") or document.get("date"))
    return {"id": document["id"], "timexes": timex_records(timexes)}


def _span(item: dict) -> list[tuple[int, int]]:
    return [(item["start"], item["end"])]


def score_documents(documents: list[dict], predictions: dict[str, dict]) -> dict:
    """Score predictions against the documents' own ``timexes``.

    Args:
        documents: Gold documents.
        predictions: Prediction lines by document id.

    Returns:
        ``{"strict": PRF, "relaxed": PRF, "value": PRF, "type_accuracy": float,
        "value_accuracy": float}`` with PRF as dicts.
    """
    strict_hits = relaxed_hits = value_hits = type_hits = 0
    predicted_total = gold_total = 0
    for document in documents:
        gold = document.get("timexes", [])
        predicted = predictions.get(document["id"], {"timexes": []})["timexes"]
        predicted_total += len(predicted)
        gold_total += len(gold)
        strict_hits += len(greedy_match(
            predicted, gold,
            lambda one, other: float((one["start"], one["end"]) == (other["start"], other["end"])), 1.0))
        pairs = greedy_match(predicted, gold,
                             lambda one, other: overlap_ratio(_span(one), _span(other)), 1e-9)
        relaxed_hits += len(pairs)
        value_hits += sum(predicted[p]["value"] == gold[g]["value"] for p, g in pairs)
        type_hits += sum(predicted[p]["type"] == gold[g]["type"] for p, g in pairs)
    return {
        "strict": prf(strict_hits, predicted_total, gold_total).as_dict(),
        "relaxed": prf(relaxed_hits, predicted_total, gold_total).as_dict(),
        "value": prf(value_hits, predicted_total, gold_total).as_dict(),
        "type_accuracy": type_hits / relaxed_hits if relaxed_hits else 0.0,
        "value_accuracy": value_hits / relaxed_hits if relaxed_hits else 0.0,
    }


def format_scores(scores: dict) -> str:
    """Render the scores as a small text table."""
    lines = [f"{'measure':8} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold"]
    for name in ("strict", "relaxed", "value"):
        figure = scores[name]
        lines.append(f"{name:8} {figure['precision']:6.3f} {figure['recall']:6.3f} {figure['f1']:6.3f}"
                     f"   {figure['true_positives']}/{figure['predicted']}/{figure['gold']}")
    lines.append(f"type accuracy (relaxed matches)  {scores['type_accuracy']:.3f}")
    lines.append(f"value accuracy (relaxed matches) {scores['value_accuracy']:.3f}")
    return "\n".join(lines)
