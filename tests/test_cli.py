"""The lawgov-nlp command: extract to csv/jsonl/parquet/stdout, the summary
line, exit codes, --help, and bench forwarding."""
from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_files import mixed_folder, plain_text, seed_texts, write_txt  # noqa: E402

import lawgov_nlp  # noqa: E402
from lawgov_nlp.cli import main  # noqa: E402
from lawgov_nlp.frame import FILE_COLUMNS  # noqa: E402


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("reports")
    mixed_folder(root, seed_texts(1)[0][1])
    return root


@pytest.fixture(scope="module")
def expected(folder):
    return lawgov_nlp.extract_many([folder])


def test_folder_to_csv_reports_the_broken_file(folder, expected, tmp_path, capsys):
    out = tmp_path / "m.csv"
    assert main(["extract", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"5 files read, {len(expected)} mentions, 1 failed" in err
    assert "failed:" in err and "r_broken.docx" in err and "[E008]" in err
    df = pd.read_csv(out, encoding="utf-8-sig")
    assert list(df.columns) == list(FILE_COLUMNS)
    assert len(df) == len(expected) > 0
    assert list(df["text"]) == list(expected["text"])


def test_keep_going_exits_zero(folder, tmp_path, capsys):
    assert main(["extract", str(folder), "-o", str(tmp_path / "m.csv"), "--keep-going"]) == 0
    assert "1 failed" in capsys.readouterr().err


def test_jsonl_and_parquet(folder, expected, tmp_path):
    assert main(["extract", str(folder), "-o", str(tmp_path / "m.jsonl"), "--keep-going"]) == 0
    rows = [json.loads(line) for line in (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(expected) and set(rows[0]) == set(FILE_COLUMNS)
    assert rows[0]["text"] == expected["text"].iloc[0]
    pytest.importorskip("pyarrow")
    assert main(["extract", str(folder), "-o", str(tmp_path / "m.parquet"), "--keep-going"]) == 0
    df = pd.read_parquet(tmp_path / "m.parquet")
    assert list(df.columns) == list(FILE_COLUMNS) and len(df) == len(expected)
    assert list(df["text"]) == list(expected["text"])
    assert str(df["year"].dtype) == "Int64" and str(df["start"].dtype) == "int64"


def test_print_without_output(tmp_path, capsys):
    path = write_txt(tmp_path / "r1.txt", plain_text(seed_texts(1)[0][1]))
    assert main(["extract", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "== r1" in out and "1818件" in out and "梨树县卫生健康局" in out
    assert "1 file read" in err


def test_csv_on_stdout(tmp_path, capsys):
    path = write_txt(tmp_path / "r1.txt", "共受理审批事项1818件。")
    assert main(["extract", str(path), "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split(",") == list(FILE_COLUMNS)


def test_empty_output_still_has_a_header(tmp_path, capsys):
    path = write_txt(tmp_path / "r1.txt", "特此报告。")
    assert main(["extract", str(path), "-o", str(tmp_path / "m.csv")]) == 0
    assert list(pd.read_csv(tmp_path / "m.csv").columns) == list(FILE_COLUMNS)


def test_missing_input_and_empty_folder(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.pdf")]) == 1
    assert "[E004]" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["extract", str(tmp_path / "empty")]) == 1
    assert "no report files found" in capsys.readouterr().err


def test_usage_errors(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["extract", str(tmp_path), "-o", str(tmp_path / "m.xlsx")])
    assert info.value.code == 2
    assert main([]) == 2


def test_help_texts(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "extract" in out and "bench" in out
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = capsys.readouterr().out
    for word in ("examples:", "--output", "--keep-going", "--jobs", ".parquet", "exit status"):
        assert word in out


def test_bench_is_forwarded(monkeypatch):
    seen = []
    runner = types.ModuleType("lawgov_nlp.evaluate.runner")
    runner.main = lambda argv=None: seen.append(argv) or 0
    package = types.ModuleType("lawgov_nlp.evaluate")
    package.__path__ = []
    package.runner = runner
    monkeypatch.setitem(sys.modules, "lawgov_nlp.evaluate", package)
    monkeypatch.setitem(sys.modules, "lawgov_nlp.evaluate.runner", runner)
    assert main(["bench", "--help", "-x"]) == 0
    assert seen == [["--help", "-x"]]


def test_module_entry_point(tmp_path):
    path = write_txt(tmp_path / "r1.txt", "共受理审批事项1818件。")
    proc = subprocess.run([sys.executable, "-m", "lawgov_nlp.cli", "extract", str(path), "-o", str(tmp_path / "m.csv")],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "1 file read" in proc.stderr
