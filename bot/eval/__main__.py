"""Command line: ``python -m bot.eval {quotes,timex} IN.jsonl --out PRED.jsonl [--score]``."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from pathlib import Path

from bot.eval.documents import predict_all, read_documents

_log = logging.getLogger("bot.eval")

# Subcommand -> module implementing it; imported only when that subcommand runs.
EVALUATIONS = {"quotes": "bot.eval.quotes", "timex": "bot.eval.timex"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot.eval", description="Run an extractor on annotated data and score it.")
    parser.add_argument("task", choices=sorted(EVALUATIONS), help="which extractor to evaluate")
    parser.add_argument("input", type=Path, help="annotated JSONL file (see ../shared/eval/README.md)")
    parser.add_argument("--out", type=Path, help="write one prediction line per document here")
    parser.add_argument("--score", action="store_true", help="print precision, recall and F1")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument("--split", choices=["all", "even", "odd"], default="all", help="documents by line parity")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the chosen evaluation; return the process exit code."""
    arguments = _parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if arguments.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not arguments.input.is_file():
        print(f"error: no such file: {arguments.input}", file=sys.stderr)
        return 2
    module = importlib.import_module(EVALUATIONS[arguments.task])
    documents = list(read_documents(arguments.input, arguments.split))
    predictions, elapsed_ms = predict_all(documents, module.predict, arguments.out)
    if arguments.score or arguments.json:
        scores = module.score_documents(documents, predictions)
        scores["documents"] = len(documents)
        scores["ms_per_document"] = round(elapsed_ms, 2)
        if arguments.json:
            print(json.dumps(scores, ensure_ascii=False, indent=2))
        else:
            print(f"{len(documents)} documents, {elapsed_ms:.1f} ms per document")
            print(module.format_scores(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
