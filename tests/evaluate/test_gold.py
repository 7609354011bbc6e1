import json
from pathlib import Path

import pytest

from lawgov_nlp.errors import GoldFormatError
from lawgov_nlp.evaluate.gold import check_gold, load_challenge, load_seeds, validate_gold

REPO = Path(__file__).resolve().parents[2]


def problems_of(rows, text):
    return validate_gold(rows, {"d1": text})


def test_valid_rows_have_no_problem(gold_rows, text):
    assert problems_of(gold_rows, text) == []


def test_offsets_that_do_not_match_the_text(gold_rows, text):
    gold_rows[0]["end"] += 1
    (problem,) = problems_of(gold_rows, text)
    assert "row 0" in problem and "text[" in problem


def test_span_outside_the_document(gold_rows, text):
    gold_rows[4].update(start=len(text), end=len(text) + 3)
    assert "outside the document" in problems_of(gold_rows, text)[0]


def test_activity_and_object_offsets_are_checked(gold_rows, text):
    gold_rows[0]["activity_start"] += 1
    gold_rows[0]["object_end"] = None
    problems = problems_of(gold_rows, text)
    assert any("activity '受理' != text[" in p for p in problems)
    assert any("object: give text, start and end together" in p for p in problems)


@pytest.mark.parametrize("key, bad", [("qualifier", "over"), ("kind", "rate"), ("change", "up")])
def test_bad_enum(gold_rows, text, key, bad):
    gold_rows[1][key] = bad
    (problem,) = problems_of(gold_rows, text)
    assert key in problem and repr(bad) in problem


def test_numbers_must_be_typed(gold_rows, text):
    gold_rows[0]["value"] = "1818"
    gold_rows[1]["start"] = float(gold_rows[1]["start"])
    problems = problems_of(gold_rows, text)
    assert any("value must be a number" in p for p in problems)
    assert any("start/end must be integers" in p for p in problems)


def test_range_and_unit_kind_consistency(gold_rows, text):
    gold_rows[0]["value_high"] = 10
    gold_rows[4]["unit"] = "万元"
    problems = problems_of(gold_rows, text)
    assert any("value_high 10 < value 1818" in p for p in problems)
    assert any("money is always in 元" in p for p in problems)


def test_unsorted_rows(gold_rows, text):
    gold_rows[0], gold_rows[4] = gold_rows[4], gold_rows[0]
    assert any("not in document order" in p for p in problems_of(gold_rows, text))


def test_duplicate_row_and_unknown_keys_and_doc(gold_rows, text):
    rows = gold_rows + [dict(gold_rows[4])]
    rows[0] = {**rows[0], "note": "x"}
    rows[1] = {**rows[1], "doc_id": "nope"}
    problems = problems_of(rows, text)
    assert any("duplicate row" in p for p in problems)
    assert any("unknown keys ['note']" in p for p in problems)
    assert any("unknown doc_id 'nope'" in p for p in problems)


def test_check_gold_raises_with_the_file_line(tmp_path, gold_rows, text):
    (tmp_path / "d1.txt").write_text(text, encoding="utf-8")
    gold_rows[2]["qualifier"] = "lots"
    lines = [json.dumps(r, ensure_ascii=False) for r in gold_rows]
    (tmp_path / "d1.gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold = load_seeds(tmp_path)
    assert gold.texts == {"d1": text} and len(gold.rows) == 5
    with pytest.raises(GoldFormatError, match=r"d1\.gold\.jsonl:3"):
        check_gold(gold)


def test_seed_without_gold_is_listed_not_loaded(tmp_path):
    (tmp_path / "x.txt").write_text("text", encoding="utf-8")
    gold = load_seeds(tmp_path)
    assert gold.texts == {} and gold.missing == ["x"]


def test_load_challenge(tmp_path, make):
    texts = [{"doc_id": "c1", "construction": "money", "text": "罚款15.7万元。"},
             {"doc_id": "c2", "construction": "date_trap", "text": "2024年11月20日召开。"}]
    (tmp_path / "texts.jsonl").write_text("\n".join(json.dumps(t, ensure_ascii=False) for t in texts))
    row = make("15.7万元", 157000, "元", text=texts[0]["text"], doc_id="c1", activity="罚款", kind="money")
    (tmp_path / "challenge.gold.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n")
    gold = load_challenge(tmp_path)
    assert list(gold.texts) == ["c1", "c2"]
    assert gold.groups == {"c1": "money", "c2": "date_trap"}
    check_gold(gold)


def test_bad_json_line_raises(tmp_path):
    (tmp_path / "texts.jsonl").write_text('{"doc_id": "c1", "text": "x"}\n{oops\n')
    with pytest.raises(GoldFormatError, match=r"texts\.jsonl:2"):
        load_challenge(tmp_path)


@pytest.mark.parametrize("loader, folder, marker", [
    (load_seeds, "seeds", "*.gold.jsonl"),
    (load_challenge, "benchmarks/challenge", "challenge.gold.jsonl"),
])
def test_the_project_gold_files_are_valid(loader, folder, marker):
    path = REPO / folder
    if not any(path.glob(marker)):
        pytest.skip(f"no gold in {folder} yet")
    check_gold(loader(path))
