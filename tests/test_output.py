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
