"""Indicator figures of the benchmark: precision and recall of the indicator
ids (lawgov_nlp/data/indicators.json) and the accuracy of the panel cells.

- **indicator P/R**: a predicted (mention, indicator) is right when a gold row
  of the same document with the same indicator overlaps its quantity span;
  P = right predictions / predictions with an indicator, R = gold rows with an
  indicator that a prediction found / gold rows with an indicator.
- **panel-cell accuracy**: the panel (:func:`lawgov_nlp.panel`) is built from
  the gold rows and from the predictions, one (document, indicator) cell each,
  with the same rule for repeated statements; accuracy = gold cells whose
  predicted value is the gold value / gold cells.
"""
from __future__ import annotations

import math

import pandas as pd

from ..codebook import indicators, load_codebook, panel

FRAME_KEYS = ("doc_id", "start", "end", "text", "value", "unit", "kind", "qualifier", "change",
              "activity", "object")


def _frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame([{k: row.get(k) for k in FRAME_KEYS} for row in rows], columns=list(FRAME_KEYS))
    return frame.astype({"start": "int64", "end": "int64", "value": "float64"}) if len(frame) else frame


def predicted_indicators(rows: list[dict], texts: dict[str, str]) -> pd.DataFrame:
    """The predicted rows as a frame with the indicator assigned.

    The benchmark's rows carry the gold file's keys only; the sentence and the
    heading path the codebook reads come from :func:`lawgov_nlp.extract` on the
    same texts (the same system), whose rows are these rows with those columns."""
    frame = _frame(rows)
    if rows and "section" not in rows[0]:
        from ..api import extract

        context = {}
        for doc_id, text in texts.items():
            ext = extract(text, doc_id=doc_id)
            for d, start, end, sentence, section in zip(ext["doc_id"], ext["start"], ext["end"],
                                                        ext["sentence"], ext["section"]):
                context[(d, start, end)] = (sentence, section)
        found = [context.get((r["doc_id"], r["start"], r["end"])) for r in rows]
        if all(found):  # the same mentions: read the sentence and the heading path from the pipeline
            frame["sentence"] = pd.array([f[0] for f in found], dtype="string")
            frame["section"] = pd.array([f[1] for f in found], dtype="string")
            return indicators(frame)
    return indicators(frame, texts=texts)


def _cells(frame: pd.DataFrame) -> dict:
    if not len(frame) or frame["indicator"].notna().sum() == 0:
        return {}
    result = panel(frame)
    chosen = result.evidence[result.evidence["chosen"]]
    return {(doc, ind): value for doc, ind, value in zip(chosen["doc_id"], chosen["indicator"], chosen["value"])}


def indicator_figures(pred_rows: list[dict], gold_rows: list[dict], texts: dict[str, str]) -> dict:
    """Indicator precision/recall and panel-cell accuracy of ``pred_rows`` against ``gold_rows``
    (which carry ``indicator``); errors are listed for the JSON (never printed for blind sets)."""
    load_codebook()
    pred = predicted_indicators(pred_rows, texts)
    gold = _frame(gold_rows)
    gold["indicator"] = pd.array([row.get("indicator") for row in gold_rows], dtype="string")

    def items(frame):
        sub = frame[frame["indicator"].notna()]
        return sorted(set(zip(sub["doc_id"], sub["start"], sub["end"], sub["indicator"])))

    p_items, g_items = items(pred), items(gold)
    by_doc: dict = {}
    for doc, start, end, ind in g_items:
        by_doc.setdefault((doc, ind), []).append((start, end))

    def found(doc, start, end, ind, spans):
        return any(s < end and start < e for s, e in spans.get((doc, ind), []))

    p_right = [found(d, s, e, i, by_doc) for d, s, e, i in p_items]
    p_by_doc: dict = {}
    for doc, start, end, ind in p_items:
        p_by_doc.setdefault((doc, ind), []).append((start, end))
    g_found = [found(d, s, e, i, p_by_doc) for d, s, e, i in g_items]

    gold_cells, pred_cells = _cells(gold), _cells(pred)
    right_cells = [key for key, value in gold_cells.items()
                   if key in pred_cells and math.isclose(pred_cells[key], value, rel_tol=1e-9, abs_tol=1e-9)]
    errors = ([{"type": "indicator_spurious", "doc_id": d, "start": int(s), "end": int(e), "got": i}
               for (d, s, e, i), ok in zip(p_items, p_right) if not ok]
              + [{"type": "indicator_missed", "doc_id": d, "start": int(s), "end": int(e), "expected": i}
                 for (d, s, e, i), ok in zip(g_items, g_found) if not ok]
              + [{"type": "panel_cell", "doc_id": doc, "indicator": ind, "expected": value,
                  "got": pred_cells.get((doc, ind))}
                 for (doc, ind), value in gold_cells.items() if (doc, ind) not in right_cells])

    def ratio(a, b):
        return a / b if b else None

    return {
        "indicator_n_gold": len(g_items), "indicator_n_pred": len(p_items),
        "indicator_p": ratio(sum(p_right), len(p_items)), "indicator_r": ratio(sum(g_found), len(g_items)),
        "panel_cells_gold": len(gold_cells), "panel_cells_pred": len(pred_cells),
        "panel_cell_acc": ratio(len(right_cells), len(gold_cells)),
        "indicator_errors": errors,
    }


INDICATOR_COLUMNS = {"gold": "indicator_n_gold", "pred": "indicator_n_pred", "P": "indicator_p",
                     "R": "indicator_r", "cells": "panel_cells_gold", "cell acc": "panel_cell_acc"}


def indicator_table(result: dict, ours: str = "lawgov_nlp") -> str:
    """The printed table: one line per gold set with indicator ids."""
    from .runner import format_table

    rows = []
    for set_name, entry in result.get("sets", {}).items():
        figures = entry.get("systems", {}).get(ours, {}).get("overall", {}) if entry.get("status") == "ok" else {}
        if "indicator_p" not in figures:
            continue
        rows.append([set_name, *(f"{figures[k]:.3f}" if isinstance(figures[k], float) else
                                 ("—" if figures[k] is None else str(figures[k])) for k in INDICATOR_COLUMNS.values())])
    if not rows:
        return ""
    return ("\n== indicators (lawgov_nlp/data/indicators.json): id precision/recall on gold rows with an "
            "indicator; panel cells (document x indicator) with the gold value ==\n"
            + format_table(["gold set", *INDICATOR_COLUMNS], rows))
