"""Inter-annotator agreement: a second, independent annotation of some
documents of a gold set, scored against the first with the benchmark's own
scorer (:func:`lawgov_nlp.evaluate.scorer.score`), both ways.

The benchmark prints it for ``benchmarks/reports/real-style`` (the second
annotation is in ``real-style/agreement/second``): a system cannot be judged
above the agreement of its judges. Span agreement is the F1 over overlapping
quantity spans; the attribute agreements are accuracies on matched mentions,
activity and object by the scorer's overlap rule. Only figures are returned —
never rows — so the first annotation stays unread by whoever runs it.
"""
from __future__ import annotations

from pathlib import Path

from .gold import check_gold, load_seeds, validate_gold
from .scorer import score

SPAN_FIGURES = ("span_f1", "exact_f1")
ATTRIBUTE_FIGURES = ("value", "unit", "qualifier", "kind", "change", "activity", "object")
TARGETS = {"activity": 0.95, "object": 0.95}


def _figures(metrics: dict) -> dict:
    """The agreement figures of one scorer result (overall or one document)."""
    out = {name: metrics.get(name) for name in SPAN_FIGURES}
    out.update({name: metrics.get(f"{name}_acc") for name in ATTRIBUTE_FIGURES})
    out.update(n_gold=metrics.get("n_gold"), n_pred=metrics.get("n_pred"), matched=metrics.get("matched"))
    return out


def _mean(a, b):
    if a is None or b is None:
        return a if b is None else b
    return (a + b) / 2


def _both_ways(ab: dict, ba: dict) -> dict:
    """``{"a_vs_b", "b_vs_a", "mean"}`` for one scope; counts stay per direction."""
    mean = {name: _mean(ab[name], ba[name]) for name in (*SPAN_FIGURES, *ATTRIBUTE_FIGURES)}
    mean.update(rows_first=ab["n_gold"], rows_second=ab["n_pred"],
                matched=round(_mean(ab["matched"], ba["matched"]), 1))
    return {"a_vs_b": ab, "b_vs_a": ba, "mean": mean}


def _rounded(obj, digits: int = 6):
    if isinstance(obj, float):
        return round(obj, digits)
    if isinstance(obj, dict):
        return {k: _rounded(v, digits) for k, v in obj.items()}
    return obj


def agreement(first_dir: str | Path, second_dir: str | Path) -> dict:
    """Agreement of the second annotation with the first, per document and overall.

    Returns ``{"documents": {doc_id: {"a_vs_b", "b_vs_a", "mean"}}, "overall": {...},
    "targets": {...}, ...}`` — figures only.
    """
    second = load_seeds(second_dir, "second")
    check_gold(second)
    first_all = load_seeds(first_dir, "first")
    docs = [d for d in second.texts if d in first_all.texts]
    texts = {d: second.texts[d] for d in docs}
    mismatched_texts = [d for d in docs if first_all.texts[d] != second.texts[d]]
    if mismatched_texts:
        raise ValueError(f"texts differ between the two annotations: {mismatched_texts}")
    first_rows = [r for r in first_all.rows if r.get("doc_id") in texts]
    second_rows = [r for r in second.rows if r.get("doc_id") in texts]
    first_problems = len(validate_gold(first_rows, texts))  # counted, never shown

    ab = score(first_rows, second_rows, texts)   # first as gold, second as prediction
    ba = score(second_rows, first_rows, texts)   # second as gold, first as prediction
    documents = {d: _both_ways(_figures(ab["documents"][d]), _figures(ba["documents"][d])) for d in docs}
    overall = _both_ways(_figures(ab["overall"]), _figures(ba["overall"]))
    targets = {name: {"target": t, "agreement": overall["mean"][name],
                      "met": overall["mean"][name] is not None and overall["mean"][name] >= t}
               for name, t in TARGETS.items()}
    return _rounded({
        "first": str(first_dir),
        "second": str(second_dir),
        "documents_compared": docs,
        "documents_without_second": [d for d in first_all.texts if d not in texts],
        "first_format_problems": first_problems,
        "disagreement_counts": {"a_vs_b": ab["error_counts"], "b_vs_a": ba["error_counts"]},
        "documents": documents,
        "overall": overall,
        "targets": targets,
    })


def table(result: dict) -> str:
    cols = (*SPAN_FIGURES, *ATTRIBUTE_FIGURES)
    head = f"{'document':<22}{'rows A/B':>10} " + " ".join(f"{c[:8]:>8}" for c in cols)
    lines = [head, "-" * len(head)]
    scopes = [*result["documents"].items(), ("OVERALL", result["overall"])]
    for name, scope in scopes:
        m = scope["mean"]
        rows = f"{m['rows_first']}/{m['rows_second']}"
        cells = " ".join(f"{m[c]:>8.3f}" if m[c] is not None else f"{'-':>8}" for c in cols)
        lines.append(f"{name:<22}{rows:>10} {cells}")
    lines.append("")
    lines.append("(mean of A vs B and B vs A; A = first annotation in dev/, B = second in agreement/second/)")
    for name, t in result["targets"].items():
        lines.append(f"target {name} >= {t['target']}: {t['agreement']:.3f} -> {'met' if t['met'] else 'NOT met'}")
    return "\n".join(lines)


