"""Score predicted mention rows against gold rows.

Pure functions over lists of dicts (or mention DataFrames). Per document,
predictions and gold rows are matched one-to-one by overlapping quantity
spans, preferring (1) the exact span with an overlapping activity, (2) the
exact span, (3) an overlapping span with an overlapping activity, (4) any
overlapping span; ties go to the nearest span, then document order. The two
rows a coordinated rate has (same span, two activities) thus pair off with
their own activities.

Counts are summed over documents (micro average) for the overall figures.
Span P/R/F1 count rows, as the frame does (one row per mention-activity pair).
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Iterable, Mapping

ATTRIBUTES = ("value", "value_high", "unit", "qualifier", "kind", "change", "activity", "object")
TUPLE_FIELDS = ("value", "unit", "activity")
ERROR_ORDER = (
    "crash", "miss", "spurious", "missing_row", "extra_row", "value", "unit", "activity",
    "value_high", "qualifier", "kind", "change", "object", "span",
)
CONTEXT = 18


# --- rows -----------------------------------------------------------------

def _clean(value):
    """None for missing values (None, NaN, pd.NA, ''); plain Python otherwise."""
    if value is None:
        return None
    try:
        if value != value or value == "":  # NaN, empty string
            return None
    except TypeError:  # pd.NA refuses a truth value
        return None
    return value.item() if hasattr(value, "item") else value


def as_rows(rows) -> list[dict]:
    """Row dicts from a list of dicts or a mention DataFrame, missing -> None."""
    records = rows.to_dict("records") if hasattr(rows, "to_dict") else rows
    return [{key: _clean(value) for key, value in record.items()} for record in records]


def by_doc(rows: Iterable[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["doc_id"]].append(row)
    return grouped


# --- comparisons ----------------------------------------------------------

def overlaps(a_start, a_end, b_start, b_end) -> bool:
    return None not in (a_start, a_end, b_start, b_end) and a_start < b_end and b_start < a_end


def role_correct(pred: dict, gold: dict, role: str) -> bool:
    """Activity/object: right when both are empty or the spans overlap."""
    p_start, p_end = pred.get(f"{role}_start"), pred.get(f"{role}_end")
    g_start, g_end = gold.get(f"{role}_start"), gold.get(f"{role}_end")
    if pred.get(role) is None and gold.get(role) is None:
        return True
    if p_start is None and pred.get(role) is not None:  # text without offsets
        return pred.get(role) == gold.get(role)
    return overlaps(p_start, p_end, g_start, g_end)


def number_correct(pred, gold) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    return math.isclose(pred, gold, rel_tol=1e-6, abs_tol=1e-9)


def attribute_correct(pred: dict, gold: dict, name: str) -> bool:
    if name in ("activity", "object"):
        return role_correct(pred, gold, name)
    if name in ("value", "value_high"):
        return number_correct(pred.get(name), gold.get(name))
    return pred.get(name) == gold.get(name)


# --- matching -------------------------------------------------------------

def _tier(pred: dict, gold: dict) -> int | None:
    if not overlaps(pred["start"], pred["end"], gold["start"], gold["end"]):
        return None
    exact = (pred["start"], pred["end"]) == (gold["start"], gold["end"])
    activity = overlaps(pred.get("activity_start"), pred.get("activity_end"),
                        gold.get("activity_start"), gold.get("activity_end"))
    return (0 if activity else 1) if exact else (2 if activity else 3)


def match(preds: list[dict], golds: list[dict]) -> list[tuple[int, int]]:
    """One-to-one ``(pred index, gold index)`` pairs for one document."""
    candidates = []
    for p, pred in enumerate(preds):
        for g, gold in enumerate(golds):
            tier = _tier(pred, gold)
            if tier is not None:
                distance = abs(pred["start"] - gold["start"]) + abs(pred["end"] - gold["end"])
                candidates.append((tier, distance, g, p))
    pairs, used_p, used_g = [], set(), set()
    for _, _, g, p in sorted(candidates):
        if p not in used_p and g not in used_g:
            pairs.append((p, g))
            used_p.add(p)
            used_g.add(g)
    return sorted(pairs, key=lambda pair: pair[1])


# --- errors ---------------------------------------------------------------

def snippet(text: str | None, start: int, end: int, width: int = CONTEXT) -> str:
    """The quantity in 【】 with ``width`` characters of context each side."""
    if not text:
        return ""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return f"{left}【{text[start:end]}】{right}".replace("\n", "⏎")


def _error(kind: str, row: dict, text: str | None, expected=None, got=None) -> dict:
    return {
        "type": kind,
        "doc_id": row["doc_id"],
        "start": row["start"],
        "end": row["end"],
        "text": row.get("text"),
        "expected": expected,
        "got": got,
        "context": snippet(text, row["start"], row["end"]),
    }


def _shown(row: dict, name: str):
    if name in ("activity", "object") and row.get(name) is not None:
        return f"{row[name]}@{row.get(f'{name}_start')}"
    return row.get(name)


def _unmatched_type(row: dict, matched_spans: set, base: str, twin: str) -> str:
    """``twin`` when a row with the same span was matched (a coordinated row)."""
    return twin if (row["start"], row["end"]) in matched_spans else base


# --- scoring --------------------------------------------------------------

def score_doc(preds: list[dict], golds: list[dict], text: str | None,
              fields: Iterable[str] = ATTRIBUTES) -> tuple[Counter, list[dict]]:
    """Counts and errors for one document's predictions and gold rows."""
    fields = tuple(fields)
    counts = Counter(n_pred=len(preds), n_gold=len(golds))
    errors = []
    pairs = match(preds, golds)
    for p, g in pairs:
        pred, gold = preds[p], golds[g]
        counts["tp"] += 1
        if (pred["start"], pred["end"]) == (gold["start"], gold["end"]):
            counts["tp_exact"] += 1
        else:
            errors.append(_error("span", gold, text, gold.get("text"), pred.get("text")))
        right = {name: attribute_correct(pred, gold, name) for name in fields}
        for name, ok in right.items():
            counts[f"{name}_ok"] += ok
            if not ok:
                errors.append(_error(name, gold, text, _shown(gold, name), _shown(pred, name)))
        counts["tuple_tp"] += all(right.get(name, False) for name in TUPLE_FIELDS)
    matched_p = {p for p, _ in pairs}
    matched_g = {g for _, g in pairs}
    gold_spans = {(golds[g]["start"], golds[g]["end"]) for g in matched_g}
    pred_spans = {(preds[p]["start"], preds[p]["end"]) for p in matched_p}
    for g, gold in enumerate(golds):
        if g not in matched_g:
            kind = _unmatched_type(gold, gold_spans, "miss", "missing_row")
            errors.append(_error(kind, gold, text, _shown(gold, "activity"), None))
    for p, pred in enumerate(preds):
        if p not in matched_p:
            kind = _unmatched_type(pred, pred_spans, "spurious", "extra_row")
            errors.append(_error(kind, pred, text, None, _shown(pred, "activity")))
    return counts, errors


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float | None, float | None, float | None]:
    precision, recall = _ratio(tp, n_pred), _ratio(tp, n_gold)
    if precision is None or recall is None:
        # Nothing predicted and nothing to find is perfect; otherwise 0.
        return (precision, recall, 1.0 if n_pred == n_gold == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def metrics(counts: Mapping[str, int], fields: Iterable[str] = ATTRIBUTES) -> dict:
    """Figures from summed counts; accuracies not scored (``fields``) are None."""
    fields = set(fields)
    n_pred, n_gold, tp = counts.get("n_pred", 0), counts.get("n_gold", 0), counts.get("tp", 0)
    out = {"n_gold": n_gold, "n_pred": n_pred, "matched": tp}
    for prefix, hits in (("span", tp), ("exact", counts.get("tp_exact", 0))):
        out[f"{prefix}_p"], out[f"{prefix}_r"], out[f"{prefix}_f1"] = _prf(hits, n_pred, n_gold)
    for name in ATTRIBUTES:
        out[f"{name}_acc"] = _ratio(counts.get(f"{name}_ok", 0), tp) if name in fields else None
    if set(TUPLE_FIELDS) <= fields:
        out["tuple_p"], out["tuple_r"], out["tuple_f1"] = _prf(counts.get("tuple_tp", 0), n_pred, n_gold)
    else:
        out["tuple_p"] = out["tuple_r"] = out["tuple_f1"] = None
    return out


def _error_key(error: dict) -> tuple:
    rank = ERROR_ORDER.index(error["type"]) if error["type"] in ERROR_ORDER else len(ERROR_ORDER)
    return rank, str(error["doc_id"]), error["start"]


def score(gold, pred, texts: Mapping[str, str] | None = None,
          fields: Iterable[str] = ATTRIBUTES,
          groups: Mapping[str, str] | None = None) -> dict:
    """Score ``pred`` against ``gold`` (row dicts or frames).

    ``texts`` (doc_id -> text) gives the documents: every one is scored, and
    errors get context; without it the doc_ids of the gold rows are used.
    ``fields`` are the attributes the system predicts (peers give fewer).
    ``groups`` (doc_id -> label) adds figures per group (e.g. construction).

    Returns ``{"overall", "documents", "groups", "errors", "error_counts"}``.
    """
    fields = tuple(fields)
    gold_docs, pred_docs = by_doc(as_rows(gold)), by_doc(as_rows(pred))
    texts = texts or {}
    doc_ids = list(texts) or list(dict.fromkeys([*gold_docs, *pred_docs]))
    total, per_doc, per_group, errors = Counter(), {}, defaultdict(Counter), []
    for doc_id in doc_ids:
        counts, doc_errors = score_doc(pred_docs.get(doc_id, []), gold_docs.get(doc_id, []),
                                       texts.get(doc_id), fields)
        total.update(counts)
        per_group[(groups or {}).get(doc_id, doc_id)].update(counts)
        per_doc[doc_id] = metrics(counts, fields)
        errors += doc_errors
    errors.sort(key=_error_key)
    return {
        "overall": metrics(total, fields),
        "documents": per_doc,
        "groups": {name: metrics(c, fields) for name, c in per_group.items()},
        "errors": errors,
        "error_counts": dict(Counter(e["type"] for e in errors)),
    }


def format_error(error: dict) -> str:
    """One readable line: type, doc, quantity, expected vs got, context."""
    detail = ""
    if error.get("expected") is not None or error.get("got") is not None:
        detail = f" expected {error.get('expected')!r}, got {error.get('got')!r}"
    return (f"{error['type']:<11} {error['doc_id']} {error['start']}-{error['end']} "
            f"{error.get('text')!r}:{detail}  …{error.get('context', '')}…")
