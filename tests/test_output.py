"""Issue 13, "output a user can rely on": CSV with a BOM by default, the column
reference linked from --help, a progress bar with totals and a start-up
message, and `lawgov-nlp bench` outside the repository failing clearly."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import lawgov_nlp
from lawgov_nlp.cli import main
from lawgov_nlp.frame import FILE_COLUMNS, MENTION_COLUMNS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def folder(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("共受理审批事项1818件。", encoding="utf-8")
    (root / "sub" / "b.txt").write_text("罚款3万元。", encoding="utf-8")
    return root


def test_csv_has_a_bom_by_default_and_plain_on_request(folder, tmp_path):
    out = tmp_path / "m.csv"
    assert main(["extract", str(folder), "-o", str(out), "--no-progress"]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    df = pd.read_csv(out, encoding="utf-8-sig")
    assert list(df.columns) == list(FILE_COLUMNS) and list(df["text"]) == ["1818件", "3万元"]
    docs, refused = tmp_path / "d.csv", tmp_path / "r.csv"
    assert main(["extract", str(folder), "-o", str(out), "--plain-utf8", "--documents", str(docs),
                 "--rejected", str(refused), "--no-progress"]) == 0
    for path in (out, docs, refused):
        assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert main(["extract", str(folder), "-o", str(tmp_path / "m.jsonl"), "--no-progress"]) == 0
    assert not (tmp_path / "m.jsonl").read_bytes().startswith(b"\xef\xbb\xbf")  # JSON Lines stay plain


def test_column_reference_is_in_the_repository_and_linked(capsys):
    reference = (ROOT / "docs" / "columns.md").read_text(encoding="utf-8")
    for column in [*FILE_COLUMNS, "error_code", "mention_id"]:
        assert f"`{column}`" in reference, column
    assert "docs/columns.md" in (ROOT / "README.md").read_text(encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = capsys.readouterr().out
    assert "docs/columns.md" in out and "--plain-utf8" in out and "--documents" in out and "--rejected" in out
    assert set(MENTION_COLUMNS) <= set(FILE_COLUMNS)


def test_progress_bar_has_a_total_for_a_folder_and_a_start_up_message(folder, capsys):
    lawgov_nlp.extract_many([folder], progress=True)
    err = capsys.readouterr().err
    assert "0/2" in err and "0%|" in err  # total and percentage (and so an ETA)
    assert "loading the pipeline" in err or "starting" in err


def test_bench_outside_the_repository_fails_clearly(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["bench"]) == 2
    err = capsys.readouterr().err
    assert "no gold set found" in err and "benchmarks/challenge" in err and "seeds" in err
    assert "--seeds" in err
    assert not (tmp_path / "benchmarks").exists()  # nothing written into the current folder


def test_bench_writes_results_only_where_asked(tmp_path, monkeypatch, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted((ROOT / "seeds").glob("*"))[:2]:  # one seed and its gold file
        (seeds / path.name).write_bytes(path.read_bytes())
    monkeypatch.chdir(tmp_path)
    argv = ["bench", "--systems", "regex", "--errors", "0"]
    assert main(argv) == 0
    assert not (tmp_path / "benchmarks").exists()
    assert main([*argv, "--json", str(tmp_path / "out" / "r.json")]) == 0
    assert (tmp_path / "out" / "r.json").exists()


# -- section column on numbered paragraphs ---------------------------------------

LIST_OF_FACTS = (
    "一、主要工作\n（三）主要数据\n"
    + "".join(f"{i}.全年共受理行政复议案件{50 + i}件，同比下降{i}%。\n" for i in range(1, 10))
    + "10.开展执法检查120次，出动执法人员1500人次，发现并整改问题36个，罚款金额共计15.7万元，"
      "同比增长8.2%，其中对3家企业实施从重处罚。\n"
    "二、存在问题\n执法力量不足。\n"
)


def test_a_run_of_numbered_facts_is_a_list_not_headings():
    df = lawgov_nlp.extract(LIST_OF_FACTS)
    assert set(df.loc[df["text"].isin(["51件", "59件", "120次", "15.7万元"]), "section"]) == {"一、主要工作 > （三）主要数据"}
    assert set(df["section"]) == {"一、主要工作 > （三）主要数据"}


MIXED = (
    "一、2024年工作情况\n"
    "（一）加强组织领导\n"
    "1.强化理论武装。厅党委全年召开会议12次。\n"        # inline heading + body
    "2.落实述法制度。组织述法23人次。\n"
    "（二）执法数据\n"
    "1.行政处罚案件43件。\n"                               # a list of facts
    "2.罚款8.65万元。\n"
    "（三）执法监督\n"
    "1.案卷评查\n"                                          # a heading alone on its line, then its body
    "全年评查案卷300卷。\n"
    "2.执法检查\n"
    "开展检查3轮。\n"
)


@pytest.mark.parametrize("mention, section", [
    ("12次", "一、2024年工作情况 > （一）加强组织领导 > 1.强化理论武装"),
    ("23人次", "一、2024年工作情况 > （一）加强组织领导 > 2.落实述法制度"),
    ("43件", "一、2024年工作情况 > （二）执法数据"),
    ("8.65万元", "一、2024年工作情况 > （二）执法数据"),
    ("300卷", "一、2024年工作情况 > （三）执法监督 > 1.案卷评查"),
    ("3轮", "一、2024年工作情况 > （三）执法监督 > 2.执法检查"),
])
def test_mixed_outline_sections(mention, section):
    df = lawgov_nlp.extract(MIXED)
    assert df.loc[df["text"] == mention, "section"].tolist() == [section]


# -- table columns of changes ------------------------------------------------------

def _docx_with_table(path: Path, rows: list[list[str]]) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("某某局2024年法治政府建设情况报告")
    document.add_paragraph("主要执法数据如下：")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(path)
    return path


def test_docx_change_column_gives_change_and_activity_and_keeps_the_sign(tmp_path):
    path = _docx_with_table(tmp_path / "t.docx", [["项目", "数量（件）", "同比（%）"],
                                                  ["行政处罚案件", "44", "18.9"],
                                                  ["行政检查", "120", "-3.2"]])
    df = lawgov_nlp.extract_file(path)
    rows = {t: (v, c, a) for t, v, c, a in zip(df["text"], df["value"], df["change"], df["activity"])}
    assert rows["18.9%"] == (18.9, "increase", "行政处罚")
    assert rows["-3.2%"] == (3.2, "decrease", "行政检查")  # the negative cell is a mention, its sign kept
    assert rows["44件"][2] == "行政处罚" and rows["120件"][2] == "行政检查"


# -- old table-layout web pages ---------------------------------------------------

LAYOUT_PAGE = """<html><head><meta charset="utf-8"><title>梨树县人民政府门户网站</title></head><body>
<table width="980" border="0"><tr><td colspan="2">梨树县人民政府 政务公开 网上办事</td></tr>
<tr><td width="220" valign="top"><table width="100%">
  <tr><td><b>最新动态</b></td></tr>
  <tr><td><a href="/n1.html">县市场监管局开展食品安全检查120次</a></td></tr>
  <tr><td><a href="/n2.html">全县新增就业岗位3500个</a></td></tr>
  <tr><td><a href="/n3.html">县司法局关于公布第3批行政许可事项共21项的通知</a></td></tr>
  <tr><td><a href="/n4.html">县司法局办理法律援助案件86件</a></td></tr></table></td>
<td width="760" valign="top">
  梨树县卫生健康局关于2024年度法治政府建设情况的报告<br><br>
  2024年，我局坚持依法行政，全面推进法治政府建设。<br>
  一、基本情况<br>
  全年共受理行政许可事项1818件，办结率100%，罚款15.7万元。<br>
  二、存在问题<br>执法力量不足，部分执法人员业务能力有待提高。<br>
  <table border="1"><tr><td><p>项目</p></td><td><p>数量（件）</p></td></tr>
  <tr><td><p>行政处罚案件</p></td><td><p>44</p></td></tr></table>
  梨树县卫生健康局<br>2025年1月20日</td></tr>
<tr><td colspan="2">版权所有：梨树县人民政府</td></tr></table></body></html>"""


def test_layout_tables_are_told_from_data_tables(tmp_path):
    path = tmp_path / "old.html"
    path.write_text(LAYOUT_PAGE, encoding="utf-8")
    df = lawgov_nlp.extract_file(path)
    assert list(df["text"]) == ["1818件", "100%", "15.7万元", "44件"]  # no sidebar news, the data table still read
    assert set(df["title"]) == {"梨树县卫生健康局关于2024年度法治政府建设情况的报告"}
    assert set(df["org"]) == {"梨树县卫生健康局"} and set(df["year"]) == {2024}
