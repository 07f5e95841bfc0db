"""Run ``extract_quotes`` over an annotated JSONL file, write predictions and score them.

Scores (each as precision/recall/F1), under two match criteria:

* ``overlap`` (the headline): a predicted and a gold quote of the same document match when
  they share at least half of the longer one's characters; one-to-one, greedy.
* ``strict``: the same spans after trimming whitespace, punctuation and quotation marks.

For each: ``quote`` (detection, all kinds), ``quote_speaker`` (matched and the speaker
mention overlaps a gold speaker span of that quote, or both are empty), and the same two on
Direct quotes only.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable

from bot.eval.scoring import greedy_match, overlap_chars, overlap_ratio, prf, strip_spans
from bot.quotes import Quote, extract_quotes

_log = logging.getLogger(__name__)

OVERLAP_THRESHOLD = 0.5




def quote_to_record(quote: Quote) -> dict:
    """Convert a ``Quote`` to the evaluation format of ``../shared/eval/README.md``."""
    mention = quote.mention
    return {
        "type": quote.eval_type,
        "quote": [[span.start, span.end] for span in quote.spans],
        "speaker": [[mention.start, mention.end]] if mention else [],
        "speaker_text": mention.text if mention else "",
        "speaker_name": quote.person,
    }


def predict(document: dict) -> dict:
    """Return the prediction line for one input document."""
    quotes = extract_quotes(document["text"])
    return {"id": document["id"], "quotes": [quote_to_record(quote) for quote in quotes]}


def _speaker_correct(predicted: dict, gold: dict) -> bool:
    if not predicted["speaker"] and not gold["speaker"]:
        return True
    return overlap_chars(predicted["speaker"], gold["speaker"]) > 0


class _Tally:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, name: str, matched: int, with_speaker: int, predicted: int, gold: int) -> None:
        self.counts[name + ".tp"] += matched
        self.counts[name + ".tp_speaker"] += with_speaker
        self.counts[name + ".predicted"] += predicted
        self.counts[name + ".gold"] += gold

    def result(self, name: str) -> dict:
        counts = self.counts
        predicted, gold = counts[name + ".predicted"], counts[name + ".gold"]
        return {
            "quote": prf(counts[name + ".tp"], predicted, gold).as_dict(),
            "quote_speaker": prf(counts[name + ".tp_speaker"], predicted, gold).as_dict(),
        }


def _match(
    text: str, predicted: list[dict], gold: list[dict], criterion: str, *, with_speaker: bool = False
) -> list[tuple[int, int]]:
    """Match predictions to gold quotes one-to-one; ``with_speaker`` admits only pairs whose
    speaker is right too (so a span annotated twice, with two speakers, pairs with the right one)."""

    def speaker_ok(one: dict, other: dict) -> bool:
        return not with_speaker or _speaker_correct(one, other)

    if criterion == "overlap":
        return greedy_match(
            predicted,
            gold,
            lambda one, other: overlap_ratio(one["quote"], other["quote"]) if speaker_ok(one, other) else 0.0,
            OVERLAP_THRESHOLD,
        )
    return greedy_match(
        predicted,
        gold,
        lambda one, other: float(speaker_ok(one, other) and strip_spans(text, one["quote"]) == strip_spans(text, other["quote"])),
        1.0,
    )


def score_documents(documents: Iterable[dict], predictions: dict[str, dict]) -> dict:
    """Score predictions against the documents' own annotations.

    Args:
        documents: gold documents (with ``text`` and ``quotes``).
        predictions: prediction lines by document id.

    Returns:
        ``{criterion: {"all": {...}, "direct": {...}}, "recall_by_gold_type": {...}}``.
    """
    tallies = {"overlap": _Tally(), "strict": _Tally()}
    found_by_type: Counter[str] = Counter()
    gold_by_type: Counter[str] = Counter()
    for document in documents:
        text = document["text"]
        gold = document.get("quotes", [])
        predicted = predictions.get(document["id"], {"quotes": []})["quotes"]
        for criterion, tally in tallies.items():
            for subset in ("all", "direct"):
                gold_part = gold if subset == "all" else [quote for quote in gold if quote["type"] == "Direct"]
                predicted_part = predicted if subset == "all" else [quote for quote in predicted if quote["type"] == "Direct"]
                pairs = _match(text, predicted_part, gold_part, criterion)
                with_speaker = len(_match(text, predicted_part, gold_part, criterion, with_speaker=True))
                tally.add(subset, len(pairs), with_speaker, len(predicted_part), len(gold_part))
                if criterion == "overlap" and subset == "all":
                    for _p, g in pairs:
                        found_by_type[gold_part[g]["type"]] += 1
                    for quote in gold_part:
                        gold_by_type[quote["type"]] += 1
    scores: dict = {criterion: {subset: tally.result(subset) for subset in ("all", "direct")} for criterion, tally in tallies.items()}
    scores["recall_by_gold_type"] = {
        kind: round(found_by_type[kind] / count, 3) for kind, count in sorted(gold_by_type.items())
    }
    return scores


def format_scores(scores: dict) -> str:
    """Render the score dict as a small text table (overlap first: the headline figure)."""
    lines = [f"{'criterion':9} {'subset':7} {'measure':14} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold"]
    for criterion in ("overlap", "strict"):
        for subset in ("all", "direct"):
            for measure in ("quote", "quote_speaker"):
                figure = scores[criterion][subset][measure]
                lines.append(
                    f"{criterion:9} {subset:7} {measure:14} {figure['precision']:6.3f} {figure['recall']:6.3f} "
                    f"{figure['f1']:6.3f}   {figure['true_positives']}/{figure['predicted']}/{figure['gold']}"
                )
    recall = ", ".join(f"{kind} {value:.2f}" for kind, value in scores["recall_by_gold_type"].items())
    lines.append(f"recall by gold type (overlap): {recall}")
    return "\n".join(lines)
