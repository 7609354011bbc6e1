"""The throughput benchmark runs end to end (figures are not asserted here:
speed targets live in benchmarks/, measured as ratios, never as timed tests)."""
import json
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_corpus_is_deterministic_and_sized():
    mod = runpy.run_path(str(ROOT / "benchmarks" / "throughput.py"), run_name="t")
    a = mod["build_corpus"](50_000)
    assert a == mod["build_corpus"](50_000)
    assert sum(len(d.encode("utf-8")) for d in a) >= 50_000


def test_one_system_reports_throughput_and_memory(tmp_path):
    mod = runpy.run_path(str(ROOT / "benchmarks" / "throughput.py"), run_name="t")
    corpus = tmp_path / "c.json"
    corpus.write_text(json.dumps(mod["build_corpus"](20_000), ensure_ascii=False), encoding="utf-8")
    row = mod["_run_system"]("lawgov_nlp", str(corpus))
    assert row["chars"] > 0 and row["chars_per_s"] > 0 and row["peak_mb"] > 0


def test_memory_probe_counts_documents():
    mod = runpy.run_path(str(ROOT / "benchmarks" / "throughput.py"), run_name="t")
    m = mod["_memory_flatness"](50)
    assert m["documents"] == 50 and len(m["rss_mb_per_step"]) == 10 and m["mentions"] > 0
