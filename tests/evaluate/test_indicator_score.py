"""Indicator gold ids (indicators.jsonl beside a set's gold files) and the
benchmark's indicator figures (lawgov_nlp/evaluate/indicator_score.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawgov_nlp.errors import GoldFormatError
from lawgov_nlp.evaluate.gold import check_gold, load_challenge, load_seeds
from lawgov_nlp.evaluate.indicator_score import indicator_figures, indicator_table

ROOT = Path(__file__).resolve().parents[2]
TEXT = "全年收到行政复议申请12件，审结10件。罚款5万元。"


def gold_row(doc_id, text, start, end, value, unit, kind, activity):
    a = text.index(activity)
    return {"doc_id": doc_id, "start": start, "end": end, "text": text[start:end], "value": value,
            "value_high": None, "unit": unit, "qualifier": "exact", "kind": kind, "change": None,
            "activity": activity, "activity_start": a, "activity_end": a + len(activity),
            "object": None, "object_start": None, "object_end": None}


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "d1.txt").write_text(TEXT, encoding="utf-8")
    rows = [gold_row("d1", TEXT, 10, 13, 12, "件", "count", "收到"),
            gold_row("d1", TEXT, 16, 19, 10, "件", "count", "审结"),
            gold_row("d1", TEXT, 22, 25, 50000, "元", "money", "罚款")]
    (tmp_path / "d1.gold.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                                             encoding="utf-8")
    return tmp_path


def write_ids(folder, ids):
    rows = [json.loads(line) for line in (folder / "d1.gold.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(folder / "indicators.jsonl", "w", encoding="utf-8") as fh:
        for row, ind in zip(rows, ids):
            fh.write(json.dumps({"doc_id": row["doc_id"], "start": row["start"], "end": row["end"],
                                 "activity_start": row["activity_start"], "indicator": ind}, ensure_ascii=False) + "\n")


def test_ids_are_merged_from_their_own_file(folder):
    gold = load_seeds(folder)
    assert not gold.has_indicators
    write_ids(folder, ["review.reconsideration.cases_received", "review.reconsideration.cases_closed",
                       "enforcement.penalty.fines_amount"])
    gold = load_seeds(folder)
    check_gold(gold)
    assert [r["indicator"] for r in gold.rows][0] == "review.reconsideration.cases_received"
    assert "indicator" not in json.loads((folder / "d1.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])


def test_the_validator_checks_ids_and_kinds(folder):
    write_ids(folder, ["review.no_such_thing", None, None])
    with pytest.raises(GoldFormatError, match="not in the codebook"):
        check_gold(load_seeds(folder))
    write_ids(folder, ["enforcement.penalty.fines_amount", None, None])
    with pytest.raises(GoldFormatError, match="expects kind 'money'"):
        check_gold(load_seeds(folder))


def test_an_entry_matching_no_row_is_a_problem(folder):
    write_ids(folder, [None, None, None])
    with open(folder / "indicators.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"doc_id": "d1", "start": 0, "end": 2, "activity_start": None, "indicator": None}) + "\n")
    with pytest.raises(GoldFormatError, match="matches no gold row"):
        check_gold(load_seeds(folder))


def test_figures_perfect_and_wrong(folder):
    write_ids(folder, ["review.reconsideration.cases_received", "review.reconsideration.cases_closed",
                       "enforcement.penalty.fines_amount"])
    gold = load_seeds(folder)
    figures = indicator_figures(gold.rows, gold.rows, gold.texts)
    assert figures["indicator_p"] == figures["indicator_r"] == figures["panel_cell_acc"] == 1.0
    pred = [dict(r) for r in gold.rows]
    pred[2]["value"] = 60000  # a wrong value: the cell is wrong, the id is right
    figures = indicator_figures(pred[1:], gold.rows, gold.texts)  # the first mention is missed
    assert figures["indicator_p"] == 1.0
    assert figures["indicator_r"] == pytest.approx(2 / 3)
    assert figures["panel_cell_acc"] == pytest.approx(1 / 3)
    kinds = {e["type"] for e in figures["indicator_errors"]}
    assert kinds == {"indicator_missed", "panel_cell"}


def test_every_annotated_set_validates():
    sets = [load_seeds(ROOT / "seeds"), load_challenge(ROOT / "benchmarks/challenge")]
    for part in ("dev", "test", "real-style/dev", "real-style/test"):
        sets.append(load_seeds(ROOT / "benchmarks/reports" / part))
    for gold in sets:
        assert gold.has_indicators, gold.path
        check_gold(gold)
        assert any(r["indicator"] for r in gold.rows)


def test_table_lists_sets_with_figures():
    result = {"sets": {"seeds": {"status": "ok", "systems": {"lawgov_nlp": {"overall": {
        "indicator_n_gold": 3, "indicator_n_pred": 3, "indicator_p": 1.0, "indicator_r": 1.0,
        "panel_cells_gold": 2, "panel_cell_acc": 0.5}}}}, "other": {"status": "missing"}}}
    table = indicator_table(result)
    assert "seeds" in table and "0.500" in table and "other" not in table
    assert indicator_table({"sets": {}}) == ""
