"""lawgov_nlp's accuracy benchmark: ``python -m benchmarks`` from the repo root.

Gold: ``seeds/`` and ``benchmarks/challenge/``; minimums: ``thresholds.toml``;
results: written only with ``--json PATH``. The code is in
:mod:`lawgov_nlp.evaluate` so the installed ``lawgov-nlp bench`` runs it too.
"""
