"""Issue 13, "refusals visible": every numeral that is not a mention is in
doc.spans["lawgov_rejected"] with a reason; extract(rejected=True) and the
CLI's --rejected give them as a frame with the mentions' offsets; bounds inside
conditions are refused as thresholds."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import regex

import lawgov_nlp
from lawgov_nlp.cli import main
from lawgov_nlp.frame import REJECTED_COLUMNS

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def nlp():
    return lawgov_nlp.load()


@pytest.mark.parametrize("text, refused, reason", [
    ("2024年，全市共受理案件12件。", "2024年", "date"),
    ("3月15日召开专题会议，共受理案件12件。", "3月15日", "date"),
    ("第三季度共受理案件12件。", "第三季度", "quarter"),
    ("1.加强执法，共受理案件12件。", "1.", "list_marker"),
    ("（一）加强学习，共受理案件12件。", "（一）", "list_marker"),
    ("共处理1.2.3件，受理案件12件。", "1.2.3", "malformed_number"),
    ("共处理1,2,3件，受理案件12件。", "1,2,3", "malformed_number"),
    ("完成全年任务的1/3，受理案件12件。", "1/3", "fraction"),
    ("深入开展八五普法，受理案件12件。", "八五", "plan_name"),
    ("违法所得不足1000元的，不予行政处罚，受理案件12件。", "1000元", "threshold"),
    ("单笔罚款不超过5000元的适用简易程序，受理案件12件。", "5000元", "threshold"),
])
def test_each_refusal_has_its_reason(nlp, text, refused, reason):
    doc = nlp(text)
    assert [s.text for s in doc.spans["indicators"]] == ["12件"]
    got = {(s.text, s._.lawgov["reason"]) for s in doc.spans["lawgov_rejected"]}
    assert (refused, reason) in got
    df, rejected = lawgov_nlp.extract(text, rejected=True)
    assert list(df["text"]) == ["12件"]
    assert (refused, reason) in set(zip(rejected["text"], rejected["reason"]))


def test_thresholds_already_refused_stay_refused(nlp):
    for text, refused in (("对200元以下罚款适用简易程序。", "200元以下"), ("5000元以上的案件移送审查。", "5000元以上")):
        doc = nlp(text)
        assert not doc.spans["indicators"]
        assert [(s.text, s._.lawgov["reason"]) for s in doc.spans["lawgov_rejected"]] == [(refused, "threshold")]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_every_digit_is_a_mention_or_refused(seed):
    text = seed.read_text(encoding="utf-8")
    df, rejected = lawgov_nlp.extract(text, rejected=True)
    covered = set()
    for start, end in [*zip(df["start"], df["end"]), *zip(rejected["start"], rejected["end"])]:
        covered.update(range(start, end))
    digits = [m.start() for m in regex.finditer(r"[0-9０-９]", text)]
    assert digits and [i for i in digits if i not in covered] == []
    assert list(rejected.columns) == list(REJECTED_COLUMNS)
    assert all(text[s:e] == t for s, e, t in zip(rejected["start"], rejected["end"], rejected["text"]))
    assert rejected["reason"].notna().all()
    assert list(rejected["start"]) == sorted(rejected["start"])
    assert not set(zip(df["start"], df["end"])) & set(zip(rejected["start"], rejected["end"]))


def test_rejected_offsets_hold_across_chunks():
    text = "".join(f"{i + 1}.2024年{i % 12 + 1}月共受理案件{i + 1}件。\n" for i in range(300))
    nlp = lawgov_nlp.load()
    nlp.max_length = 600  # long texts go through in chunks
    df, rejected = lawgov_nlp.extract(text, nlp=nlp, rejected=True)
    assert len(df) == 300
    assert all(text[s:e] == t for s, e, t in zip(rejected["start"], rejected["end"], rejected["text"]))
    assert (rejected["reason"] == "date").sum() == 300 and (rejected["reason"] == "list_marker").sum() == 300


def test_plain_extract_still_returns_one_frame():
    df = lawgov_nlp.extract("2024年共受理案件12件。")
    assert isinstance(df, pd.DataFrame) and list(df["text"]) == ["12件"]
    empty, refused = lawgov_nlp.extract("", rejected=True)
    assert empty.empty and refused.empty and list(refused.columns) == list(REJECTED_COLUMNS)


def test_cli_rejected_file(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    text = "2024年，全市共受理案件12件。\n一、基本情况\n"
    (tmp_path / "in" / "r.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "rejected.csv"
    assert main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "m.csv"), "--rejected", str(out),
                 "--no-progress"]) == 0
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert list(table.columns) == [*REJECTED_COLUMNS, "source"]
    assert list(zip(table["text"], table["reason"])) == [("2024年", "date"), ("一、", "list_marker")]
    assert all(text[s:e] == t for s, e, t in zip(table["start"], table["end"], table["text"]))
    assert "2 refused candidates" in capsys.readouterr().err
