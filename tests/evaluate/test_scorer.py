import copy

import pandas as pd
import pytest

from lawgov_nlp.evaluate.scorer import format_error, match, score


def types(result):
    return [error["type"] for error in result["errors"]]


def test_perfect_prediction_scores_one(gold_rows, text):
    result = score(gold_rows, copy.deepcopy(gold_rows), {"d1": text})
    overall = result["overall"]
    for key in ("span_f1", "exact_f1", "value_acc", "unit_acc", "activity_acc", "object_acc", "tuple_f1"):
        assert overall[key] == 1.0, key
    assert result["errors"] == []


def test_miss_is_reported_with_context(gold_rows, text):
    pred = [r for r in gold_rows if r["text"] != "1200件"]
    result = score(gold_rows, pred, {"d1": text})
    assert result["overall"]["span_r"] == pytest.approx(4 / 5)
    assert result["overall"]["span_p"] == 1.0
    (error,) = result["errors"]
    assert error["type"] == "miss" and error["text"] == "1200件"
    assert "【1200件】" in error["context"]
    assert "miss" in format_error(error) and "1200件" in format_error(error)


def test_spurious_mention_is_reported(gold_rows, text, make):
    pred = copy.deepcopy(gold_rows) + [make("2024年", 2024, "年")]
    result = score(gold_rows, pred, {"d1": text})
    assert result["overall"]["span_p"] == pytest.approx(5 / 6)
    assert result["overall"]["span_r"] == 1.0
    assert types(result) == ["spurious"]
    assert result["errors"][0]["text"] == "2024年"


def test_wrong_activity_is_reported_and_breaks_the_tuple(gold_rows, text, make):
    pred = copy.deepcopy(gold_rows)
    pred[1] = make("1200件", 1200, "件", activity="受理")  # gold: 办结
    result = score(gold_rows, pred, {"d1": text})
    assert result["overall"]["activity_acc"] == pytest.approx(4 / 5)
    assert result["overall"]["tuple_f1"] == pytest.approx(4 / 5)
    assert result["overall"]["span_f1"] == 1.0
    (error,) = result["errors"]
    assert error["type"] == "activity" and error["text"] == "1200件"
    assert "办结" in error["expected"] and "受理" in error["got"]


def test_activity_overlap_is_enough_and_empty_matches_empty(gold_rows, text, make):
    pred = copy.deepcopy(gold_rows)
    pred[0] = make("1818件", 1818, "件", activity="受理审批", obj="审批事项")  # wider span
    result = score(gold_rows, pred, {"d1": text})
    assert result["overall"]["activity_acc"] == 1.0
    assert result["overall"]["object_acc"] == 1.0  # row 1200件: both objects empty


def test_missing_activity_is_wrong(gold_rows, text):
    pred = copy.deepcopy(gold_rows)
    pred[4].update(activity=None, activity_start=None, activity_end=None)
    assert score(gold_rows, pred, {"d1": text})["overall"]["activity_acc"] == pytest.approx(4 / 5)


def test_wrong_value_and_tolerance(gold_rows, text):
    pred = copy.deepcopy(gold_rows)
    pred[4]["value"] = 15.7  # unscaled 万
    pred[0]["value"] = 1818 * (1 + 1e-9)  # within rel tol
    result = score(gold_rows, pred, {"d1": text})
    assert result["overall"]["value_acc"] == pytest.approx(4 / 5)
    assert result["overall"]["tuple_f1"] == pytest.approx(4 / 5)
    (error,) = result["errors"]
    assert (error["type"], error["expected"], error["got"]) == ("value", 157000, 15.7)


def test_wrong_unit_qualifier_kind_change(gold_rows, text):
    pred = copy.deepcopy(gold_rows)
    pred[0].update(unit="个", qualifier="more_than", kind="money", change="increase")
    result = score(gold_rows, pred, {"d1": text})
    assert sorted(types(result)) == ["change", "kind", "qualifier", "unit"]
    for key in ("unit_acc", "qualifier_acc", "kind_acc", "change_acc"):
        assert result["overall"][key] == pytest.approx(4 / 5)


def test_coordinated_rates_pair_off_one_to_one(gold_rows, text):
    pred = copy.deepcopy(gold_rows)
    pred[2], pred[3] = pred[3], pred[2]  # 优秀率 row first: matching must not care
    result = score(gold_rows, pred, {"d1": text})
    assert result["overall"]["activity_acc"] == 1.0
    assert result["overall"]["matched"] == 5


def test_coordinated_rate_with_one_row_is_a_missing_row(gold_rows, text):
    pred = [r for r in copy.deepcopy(gold_rows) if r["activity"] != "优秀率"]
    result = score(gold_rows, pred, {"d1": text})
    assert result["overall"]["span_r"] == pytest.approx(4 / 5)
    assert result["overall"]["activity_acc"] == 1.0  # 参考率 row paired with its own gold
    (error,) = result["errors"]
    assert error["type"] == "missing_row" and "优秀率" in error["expected"]


def test_coordinated_rate_extra_row_is_reported(gold_rows, text):
    pred = copy.deepcopy(gold_rows) + [copy.deepcopy(gold_rows[2])]
    pred.sort(key=lambda r: r["start"])
    assert types(score(gold_rows, pred, {"d1": text})) == ["extra_row"]


def test_exact_versus_overlapping_span(gold_rows, text, make):
    pred = copy.deepcopy(gold_rows)
    pred[0] = make("1818", 1818, "件", activity="受理", obj="审批事项")  # unit left out
    result = score(gold_rows, pred, {"d1": text})
    overall = result["overall"]
    assert overall["span_f1"] == 1.0
    assert overall["exact_f1"] == pytest.approx(4 / 5)
    assert types(result) == ["span"]
    assert result["errors"][0]["got"] == "1818"


def test_matching_prefers_the_exact_span(make, text):
    gold = [make("1818件", 1818, "件")]
    pred = [make("受理审批事项1818件", 1818, "件"), make("1818件", 1818, "件")]
    pred.sort(key=lambda r: r["start"])
    assert match(pred, gold) == [(1, 0)]


def test_per_document_and_group_figures_sum_to_overall(gold_rows, text, make):
    other = "开展检查5次。"
    gold = gold_rows + [make("5次", 5, "次", text=other, doc_id="d2", activity="检查")]
    pred = copy.deepcopy(gold_rows)  # d2 missed entirely
    result = score(gold, pred, {"d1": text, "d2": other}, groups={"d1": "g", "d2": "g"})
    assert result["documents"]["d1"]["span_f1"] == 1.0
    assert result["documents"]["d2"]["span_r"] == 0.0
    assert result["overall"]["span_r"] == pytest.approx(5 / 6)
    assert result["groups"]["g"] == result["overall"]
    assert result["error_counts"] == {"miss": 1}


def test_text_without_gold_and_without_prediction_is_perfect():
    result = score([], [], {"trap": "2024年11月20日召开会议。"})
    assert result["documents"]["trap"]["span_f1"] == 1.0
    assert result["overall"]["value_acc"] is None


def test_peer_fields_leave_other_figures_empty(gold_rows, text):
    pred = [{**r, "activity": None, "activity_start": None, "activity_end": None} for r in gold_rows]
    overall = score(gold_rows, pred, {"d1": text}, fields=("value", "unit"))["overall"]
    assert overall["value_acc"] == 1.0
    assert overall["activity_acc"] is None and overall["tuple_f1"] is None


def test_accepts_a_mention_frame(gold_rows, text):
    from lawgov_nlp.frame import rows_to_frame

    frame = rows_to_frame(gold_rows)  # NaN value_high, <NA> offsets and strings
    assert isinstance(frame, pd.DataFrame)
    result = score(gold_rows, frame, {"d1": text})
    assert result["overall"]["tuple_f1"] == 1.0
    assert result["overall"]["value_high_acc"] == 1.0
    assert result["errors"] == []
