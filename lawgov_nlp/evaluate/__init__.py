"""The accuracy benchmark: gold sets, the scorer, peer baselines, the runner.

>>> from lawgov_nlp.evaluate import load_seeds, score
>>> gold = load_seeds("seeds")
>>> result = score(gold.rows, predicted_rows, gold.texts)
>>> result["overall"]["span_f1"]

``python -m benchmarks`` (or ``lawgov-nlp bench``) runs everything and prints
the tables; see :mod:`lawgov_nlp.evaluate.runner`.
"""
from __future__ import annotations

from .gold import GoldSet, check_gold, load_challenge, load_seeds, validate_gold
from .scorer import format_error, score

__all__ = [
    "GoldSet",
    "check_gold",
    "format_error",
    "load_challenge",
    "load_seeds",
    "score",
    "validate_gold",
]
