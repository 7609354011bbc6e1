import json

import pytest

from lawgov_nlp.evaluate import peers, runner
from lawgov_nlp.evaluate.peers import System


class Oracle(System):
    """Gives back the gold rows it is handed, minus those in ``drop``."""

    name = "lawgov_nlp"
    fields = peers.ATTRIBUTES

    def __init__(self, rows=(), drop=()):
        super().__init__()
        self.rows, self.drop = list(rows), set(drop)

    def _prepare(self):
        pass

    def _extract(self, text, doc_id):
        return [r for r in self.rows if r["doc_id"] == doc_id and r["text"] not in self.drop]


class Missing(System):
    name = "missing_peer"

    def _prepare(self):
        import a_module_that_is_not_there  # noqa: F401


@pytest.fixture
def seed_dir(tmp_path, gold_rows, text):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "d1.txt").write_text(text, encoding="utf-8")
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold_rows)
    (folder / "d1.gold.jsonl").write_text(lines, encoding="utf-8")
    return folder


def test_run_scores_every_system_and_reports_missing_ones(seed_dir, tmp_path, gold_rows):
    result = runner.run(seed_dir, tmp_path / "none", [Oracle(gold_rows, drop={"1200件"}), Missing()], tmp_path / "none")
    seeds = result["sets"]["seeds"]
    ours = seeds["systems"]["lawgov_nlp"]
    assert ours["overall"]["span_r"] == pytest.approx(4 / 5)
    assert ours["chars_per_s"] > 0
    assert seeds["systems"]["missing_peer"]["status"].startswith("not installed")
    assert result["sets"]["challenge"]["status"].startswith("missing")
    assert result["sets"]["reports-test"]["status"].startswith("missing")
    json.dumps(result)  # serialisable
    text = runner.report(result, errors=5)
    assert "missing_peer: not installed" in text and "miss" in text and "1200件" in text


def test_crash_is_reported_not_raised(seed_dir, tmp_path):
    class Crashes(Oracle):
        def _extract(self, text, doc_id):
            if doc_id != "warmup":
                raise KeyError("boom")
            return []

    result = runner.run(seed_dir, tmp_path / "none", [Crashes()], tmp_path / "none")
    ours = result["sets"]["seeds"]["systems"]["lawgov_nlp"]
    assert ours["errors"][0]["type"] == "crash" and "boom" in ours["errors"][0]["got"]
    assert ours["overall"]["span_r"] == 0.0


def test_check_thresholds_names_each_figure_below():
    result = {"sets": {
        "seeds": {"status": "ok", "systems": {"lawgov_nlp": {
            "status": "ok", "overall": {"span_f1": 0.9, "activity_acc": None, "value_acc": 1.0}}}},
        "challenge": {"status": "no gold yet (x)"},
    }}
    thresholds = {"seeds": {"span_f1": 0.95, "activity_acc": 0.5, "value_acc": 1.0, "bogus": 0.0},
                  "challenge": {"span_f1": 0.0}}
    failures = runner.check_thresholds(result, thresholds)
    assert failures == [
        "seeds.span_f1 = 0.900 < threshold 0.95",
        "seeds.activity_acc = 0.000 < threshold 0.5",
        "seeds.bogus: unknown figure",
        "challenge: lawgov_nlp not scored (no gold yet (x))",
    ]


def test_main_writes_json_and_check_exits_1(seed_dir, tmp_path, gold_rows, monkeypatch, capsys):
    monkeypatch.setitem(peers.SYSTEMS, "lawgov_nlp", lambda: Oracle(gold_rows, drop={"1818件"}))
    thresholds = tmp_path / "t.toml"
    thresholds.write_text("[seeds]\nspan_f1 = 0.5\ntuple_f1 = 0.99\n")
    out = tmp_path / "results" / "r.json"
    argv = ["--seeds", str(seed_dir), "--challenge", str(tmp_path / "none"), "--reports", str(tmp_path / "none"), "--systems", "lawgov_nlp",
            "--json", str(out), "--check", "--thresholds", str(thresholds), "--errors", "3"]
    assert runner.main(argv) == 1
    printed = capsys.readouterr().out
    assert "seeds.tuple_f1 = 0.889 < threshold 0.99" in printed
    assert "seeds.span_f1" not in printed.split("threshold check")[1]
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["check"]["failures"] == ["seeds.tuple_f1 = 0.889 < threshold 0.99"]


def test_main_rejects_bad_gold(seed_dir, tmp_path, capsys):
    path = seed_dir / "d1.gold.jsonl"
    path.write_text(path.read_text(encoding="utf-8").replace('"exact"', '"roughly"', 1), encoding="utf-8")
    argv = ["--seeds", str(seed_dir), "--challenge", str(tmp_path / "none"), "--reports", str(tmp_path / "none"), "--systems", "regex",
            "--json", str(tmp_path / "r.json")]
    assert runner.main(argv) == 1
    assert "qualifier 'roughly'" in capsys.readouterr().err


def test_the_committed_thresholds_file_parses():
    import tomllib
    from pathlib import Path

    data = tomllib.loads((Path(__file__).resolve().parents[2] / "benchmarks/thresholds.toml").read_text())
    assert set(data) == {"seeds", "challenge", "reports-dev", "reports-test", "reports-real-style-dev",
                         "reports-real-style-test"}
    assert all(isinstance(v, float) for table in data.values() for v in table.values())


def test_blind_set_errors_are_scored_but_not_printed(seed_dir, tmp_path, gold_rows):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "dev").symlink_to(seed_dir)
    (reports / "test").symlink_to(seed_dir)
    result = runner.run(seed_dir, tmp_path / "none", [Oracle(gold_rows, drop={"1200件"})], reports)
    for name in ("reports-dev", "reports-test"):
        assert result["sets"][name]["systems"]["lawgov_nlp"]["error_counts"] == {"miss": 1}
    text = runner.report(result, errors=5)
    dev, test = text.split("== reports-test")
    assert "1200件" in dev.split("== reports-dev")[1]
    assert "1200件" not in test and "kept blind" in test
    assert "1200件" in runner.report(result, errors=5, show_blind=True).split("== reports-test")[1]
