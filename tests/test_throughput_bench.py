"""The throughput benchmark runs end to end (figures are not asserted here:
speed targets live in benchmarks/, measured as ratios, never as timed tests)."""
import json
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    return runpy.run_path(str(ROOT / "benchmarks" / "throughput.py"), run_name="t")


def test_corpus_is_deterministic_and_sized(bench):
    a = bench["build_corpus"](50_000)
    assert a == bench["build_corpus"](50_000)
    assert sum(len(d.encode("utf-8")) for d in a) >= 50_000
    assert list(bench["short_documents"](3)) == list(bench["short_documents"](3))


def test_one_system_reports_seeds_corpus_and_memory(bench, tmp_path):
    corpus = tmp_path / "c.json"
    corpus.write_text(json.dumps(bench["build_corpus"](20_000), ensure_ascii=False), encoding="utf-8")
    row = bench["_run_system"]("extract", str(corpus), True)
    for where in ("seeds", "corpus"):
        assert row[where]["chars"] > 0 and row[where]["chars_per_s"] > 0
    assert row["peak_mb"] > 0


@pytest.mark.parametrize("how", ["stream", "extract_many"])
def test_memory_probe_samples_the_batch_loop(bench, how):
    m = bench["_memory"](50, how)
    assert m["documents"] == 50 and len(m["peak_rss_mb_per_step"]) == 10 and m["rows"] > 0
    assert m["last_over_first"] > 0


def test_quick_run_end_to_end(tmp_path):
    """``--quick`` with a few systems (each in its own process), ratios and the
    memory check, written as JSON; what ``lawgov-nlp bench --speed`` runs."""
    from lawgov_nlp.cli import main

    out = tmp_path / "t.json"
    assert main(["bench", "--speed", "--quick", "--systems", "jieba,extract,regex", "--json", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert [r["name"] for r in result["systems"]] == ["jieba", "extract", "regex"]
    assert all("corpus" in r for r in result["systems"]), result["systems"]
    assert result["ratios"]["ours_over_jieba"] > 0
    assert [m["how"] for m in result["memory"]] == ["stream", "extract_many"]
    assert all(m["documents"] == 1000 for m in result["memory"])
