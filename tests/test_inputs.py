"""Issue 13, "inputs accounted for": a missing path is an error, not a text;
text is passed explicitly; doc_ids are unique in a batch; every input has a
row in the documents table; legacy .doc files are counted; n_process > 1 in an
unguarded script fails with one clear message."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

import lawgov_nlp
from lawgov_nlp import errors
from lawgov_nlp.batch import DOCUMENT_COLUMNS, documents_frame, iter_extract
from lawgov_nlp.cli import main

ROOT = Path(__file__).resolve().parents[1]
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize("given", ["reports/", "reports", Path("reports"), "2024年报告"])
def test_a_path_that_names_no_file_is_E004(given, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    df = lawgov_nlp.extract_many([given], progress=False)
    assert df.empty
    [error] = df.attrs["errors"]
    assert error["code"] == "E004"
    [doc] = df.attrs["documents"]
    assert doc["status"] == "E004" and doc["path"] == str(given)
    with pytest.raises(errors.FileMissingError):
        lawgov_nlp.extract_many(given, errors="raise", progress=False)


def test_a_guessed_path_says_how_to_pass_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    df = lawgov_nlp.extract_many(["罚款3万元"], progress=False)
    assert df.empty and "texts=" in df.attrs["errors"][0]["reason"]


def test_text_is_passed_explicitly():
    df = lawgov_nlp.extract_many(texts=["罚款3万元", "reports"], progress=False)
    assert list(df["text"]) == ["3万元"] and df.attrs["errors"] == []
    assert [d["doc_id"] for d in df.attrs["documents"]] == ["text-0", "text-1"]
    df = lawgov_nlp.extract_many(texts={"a": "罚款3万元", "b": "受理12件"}, progress=False)
    assert list(df["doc_id"]) == ["a", "b"]
    df = lawgov_nlp.extract_many(["罚款3万元", "reports/"], kind="text", progress=False)
    assert list(df["text"]) == ["3万元"] and df.attrs["errors"] == []
    # backwards compatible: a str that can only be text (sentence punctuation, line breaks) is text
    df = lawgov_nlp.extract_many(["共受理1818件。", "罚款3万元\n检查20次"], progress=False)
    assert list(df["text"]) == ["1818件", "3万元", "20次"]
    df = lawgov_nlp.extract_many(["共受理1818件。"], kind="path", progress=False)
    assert df.empty and df.attrs["errors"][0]["code"] == "E004"
    with pytest.raises(ValueError):
        lawgov_nlp.extract_many(["x"], kind="guess")


def _two_reports(root: Path) -> None:
    for sub, n in (("a", 12), ("b", 34)):
        (root / sub).mkdir(parents=True)
        (root / sub / "report.txt").write_text(f"共受理案件{n}件。", encoding="utf-8")


def test_doc_ids_are_unique_in_a_batch(tmp_path):
    _two_reports(tmp_path)
    df = lawgov_nlp.extract_many([tmp_path], progress=False)
    assert list(df["doc_id"]) == ["a/report", "b/report"]  # relative path without suffix
    df = lawgov_nlp.extract_many([tmp_path / "a" / "report.txt", tmp_path / "b" / "report.txt"], progress=False)
    assert list(df["doc_id"]) == ["report", "report~2"]
    df = lawgov_nlp.extract_many([tmp_path / "a", tmp_path / "b"], progress=False)
    assert list(df["doc_id"]) == ["report", "report~2"]
    assert list(df["text"]) == ["12件", "34件"]


def test_documents_table_lists_every_input(tmp_path):
    (tmp_path / "a.txt").write_text("某某局关于2024年法治政府建设情况的报告\n共受理案件12件，罚款3万元。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("特此报告。", encoding="utf-8")  # read, no mention
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04 truncated")
    df = lawgov_nlp.extract_many([tmp_path], progress=False)
    docs = df.attrs["documents"]
    assert [d["doc_id"] for d in docs] == ["a", "b", "c"]
    assert [d["status"] for d in docs] == ["ok", "ok", "E008"]
    assert [d["mentions"] for d in docs] == [2, 0, 0]
    assert docs[0]["year"] == 2024 and docs[0]["chars"] == len((tmp_path / "a.txt").read_text(encoding="utf-8"))
    assert docs[1]["chars"] == 5 and all(d["seconds"] >= 0 for d in docs)
    frame = documents_frame(df)
    assert list(frame.columns) == list(DOCUMENT_COLUMNS) and len(frame) == 3
    # attrs hold plain lists: frames with them still concatenate
    assert len(pd.concat([df, df])) == 2 * len(df)


def test_refused_candidates_are_counted():
    [result] = iter_extract(texts=["落实三项制度，共受理案件12件。"], progress=False)
    assert result.info["mentions"] == 1 and result.info["refused"] >= 1


def test_cli_documents_table(tmp_path, capsys):
    _two_reports(tmp_path / "in")
    (tmp_path / "in" / "empty.txt").write_text("没有数字。", encoding="utf-8")
    out, docs = tmp_path / "m.csv", tmp_path / "docs.csv"
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "--documents", str(docs), "--no-progress"]) == 0
    table = pd.read_csv(docs, encoding="utf-8-sig")
    assert list(table.columns) == list(DOCUMENT_COLUMNS)
    assert list(table["doc_id"]) == ["a/report", "b/report", "empty"]
    assert list(table["mentions"]) == [1, 1, 0] and set(table["status"]) == {"ok"}
    assert "documents table in" in capsys.readouterr().err


def test_legacy_doc_files_are_counted_with_a_hint(tmp_path):
    (tmp_path / "old.doc").write_bytes(_OLE + b"\x00" * 600)
    (tmp_path / "odd.doc").write_bytes(b"{\\rtf1 something}")
    (tmp_path / "new.txt").write_text("共受理案件12件。", encoding="utf-8")
    df = lawgov_nlp.extract_many([tmp_path], progress=False)
    assert list(df["doc_id"]) == ["new"]
    failed = {e["doc_id"]: e for e in df.attrs["errors"]}
    assert set(failed) == {"old", "odd"}
    for error in failed.values():
        assert error["code"] == "E003" and "docx" in error["reason"] and "soffice" in error["reason"]
    assert len(df.attrs["documents"]) == 3
    with pytest.raises(errors.UnsupportedFormatError, match="save it as .docx"):
        lawgov_nlp.extract_file(tmp_path / "odd.doc")


def test_n_process_without_main_guard_fails_with_one_clear_message(tmp_path):
    script = tmp_path / "unguarded.py"
    script.write_text(textwrap.dedent("""\
        import lawgov_nlp
        df = lawgov_nlp.extract_many(texts=["共受理案件12件。", "罚款3万元。"], n_process=2, progress=False)
        print("rows", len(df))
    """), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path,
                         env=env)
    assert run.returncode != 0
    assert "E016" in run.stderr and "if __name__ ==" in run.stderr and "unguarded.py" in run.stderr
    assert "BrokenProcessPool" not in run.stderr and "bootstrapping phase" not in run.stderr
