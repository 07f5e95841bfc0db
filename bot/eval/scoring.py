"""Pure span-scoring helpers shared by the quote and timex evaluations.

A *part* is a tuple of ``(begin, end)`` character spans (one annotation may be split into
several spans). Matching is one-to-one and greedy: the pair with the highest score is taken
first, then the next best among the remaining items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

SpanList = Sequence[Sequence[int]]

_STRIP_CHARS = " \t\r\n.,;:!?-–—\"'„“”‚‘’»«()[]"


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 with the counts they come from."""

    precision: float
    recall: float
    f1: float
    true_positives: int
    predicted: int
    gold: int

    def as_dict(self) -> dict[str, float | int]:
        """Return the figures as a plain dict (for JSON output)."""
        return asdict(self)


def prf(true_positives: int, predicted: int, gold: int) -> PRF:
    """Compute precision, recall and F1; an empty denominator gives 0.0."""
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, true_positives, predicted, gold)


def span_length(spans: SpanList) -> int:
    """Total number of characters covered by ``spans`` (assumed not to overlap each other)."""
    return sum(max(0, end - begin) for begin, end in spans)


def overlap_chars(first: SpanList, second: SpanList) -> int:
    """Number of characters shared by two span lists."""
    shared = 0
    for begin, end in first:
        for other_begin, other_end in second:
            shared += max(0, min(end, other_end) - max(begin, other_begin))
    return shared


def overlap_ratio(first: SpanList, second: SpanList) -> float:
    """Shared characters divided by the length of the longer of the two (0.0 to 1.0)."""
    longer = max(span_length(first), span_length(second))
    return overlap_chars(first, second) / longer if longer else 0.0


def strip_spans(text: str, spans: SpanList) -> tuple[tuple[int, int], ...]:
    """Trim whitespace, punctuation and quotation marks off both ends of every span."""
    trimmed = []
    for begin, end in spans:
        while begin < end and text[begin] in _STRIP_CHARS:
            begin += 1
        while end > begin and text[end - 1] in _STRIP_CHARS:
            end -= 1
        if end > begin:
            trimmed.append((begin, end))
    return tuple(sorted(trimmed))


def greedy_match(
    predicted: Sequence[object],
    gold: Sequence[object],
    score: Callable[[object, object], float],
    threshold: float,
) -> list[tuple[int, int]]:
    """Match predicted to gold items one-to-one, best score first.

    Args:
        predicted: the predicted items.
        gold: the gold items.
        score: similarity of a (predicted, gold) pair; higher is better.
        threshold: pairs scoring below it never match.

    Returns:
        ``(predicted index, gold index)`` pairs.
    """
    candidates = []
    for predicted_index, predicted_item in enumerate(predicted):
        for gold_index, gold_item in enumerate(gold):
            value = score(predicted_item, gold_item)
            if value >= threshold and value > 0:
                candidates.append((value, predicted_index, gold_index))
    candidates.sort(key=lambda item: (-item[0], item[1], item[2]))
    used_predicted: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _value, predicted_index, gold_index in candidates:
        if predicted_index in used_predicted or gold_index in used_gold:
            continue
        used_predicted.add(predicted_index)
        used_gold.add(gold_index)
        pairs.append((predicted_index, gold_index))
    return pairs
