"""Reading annotated JSONL files and running an extractor over them (shared by every evaluation)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path


def read_documents(path: Path, split: str = "all") -> Iterator[dict]:
    """Yield the documents of a JSONL file; ``split`` is ``all``, ``even`` or ``odd`` (by line, from 0).

    The even/odd split lets rules be developed on one half and checked on the other.
    """
    with path.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if not line.strip():
                continue
            if (split == "even" and index % 2) or (split == "odd" and not index % 2):
                continue
            yield json.loads(line)


def predict_all(
    documents: list[dict], predict: Callable[[dict], dict], output_path: Path | None
) -> tuple[dict[str, dict], float]:
    """Run ``predict`` on every document; write one prediction line per document if asked.

    Returns:
        The predictions by document id and the mean milliseconds per document.
    """
    predictions: dict[str, dict] = {}
    started = time.perf_counter()
    for document in documents:
        predictions[document["id"]] = predict(document)
    elapsed_ms = (time.perf_counter() - started) * 1000 / max(1, len(documents))
    if output_path is not None:
        with output_path.open("w", encoding="utf-8") as out:
            for document in documents:
                out.write(json.dumps(predictions[document["id"]], ensure_ascii=False) + "\n")
    return predictions, elapsed_ms
