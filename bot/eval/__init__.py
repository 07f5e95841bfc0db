"""Measure the project's extractors on the annotated files in ``../shared/eval/``.

``python -m bot.eval quotes IN.jsonl --out PRED.jsonl [--score] [--json]``; the ``timex``
subcommand lives in ``bot.eval.timex``. Span scoring helpers are in ``bot.eval.scoring``.
"""
