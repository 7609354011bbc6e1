"""The tagger gold set (benchmarks/tagger/gold.jsonl) and its scorer."""
import json
from pathlib import Path

import pytest

from lawgov_nlp.evaluate.tagger import coarse, lexicon_contexts, load_gold, score_rows, score_tagger, validate_row

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "benchmarks" / "tagger" / "gold.jsonl"
LEXICON = Path("/work/shared/lexicon")


def test_gold_file_validates():
    rows = load_gold(GOLD)
    assert sum(len(r["tokens"]) for r in rows) >= 1600
    assert len({r["id"] for r in rows}) == len(rows)
    test = [r for r in rows if r["split"] == "test"]
    assert 0.28 < len(test) / len(rows) < 0.38
    assert sum(1 for r in rows if r["governors"]) >= 0.95 * len(rows)
    for r in rows:
        assert "reports/test" not in r["source"] and "real-style" not in r["source"]
        for g in r["governors"]:
            word, tag = r["tokens"][g]
            assert coarse(tag) in ("verb", "noun"), (r["id"], word, tag)
        for word, tag in r["tokens"]:
            assert tag == tag.strip() and " " not in word


class Oracle:
    def __init__(self, rows):
        self.by_text = {r["text"]: [tuple(t) for t in r["tokens"]] for r in rows}

    def tag(self, text):
        return self.by_text[text]


class Chars:
    def tag(self, text):
        return [(c, "n") for c in text]


def test_scorer_on_a_perfect_and_a_poor_tagger():
    rows = load_gold(GOLD)
    best = score_rows(rows, Oracle(rows))
    assert best["all"]["seg_f1"] == 1.0 and best["all"]["tag_exact"] == 1.0
    assert best["governor_accuracy"] == 1.0 and not best["governor_misses"]
    poor = score_rows(rows, Chars())
    assert poor["all"]["seg_f1"] < 0.6 and poor["governor_accuracy"] < 0.2


def test_score_tagger_returns_both_splits():
    res = score_tagger(GOLD)
    assert set(res) == {"tune", "test", "all"}
    for split in res.values():
        assert {"all", "words", "governors", "governor_accuracy", "governor_one_token"} <= set(split)
        assert "governor_misses" not in split
    # the figure the domain lexicon and rules were kept for (issue 11): it was 0.78 / 0.77
    assert res["tune"]["governor_accuracy"] >= 0.90
    assert res["test"]["governor_accuracy"] >= 0.88


def test_malformed_rows_are_refused():
    row = {"id": "x", "source": "s", "split": "tune", "text": "受理5件",
           "tokens": [["受理", "v"], ["5", "m"], ["件", "q"]], "governors": [0]}
    validate_row(row)
    with pytest.raises(ValueError, match="concatenate"):
        validate_row({**row, "text": "受理6件"})
    with pytest.raises(ValueError, match="governor"):
        validate_row({**row, "governors": [3]})
    with pytest.raises(ValueError, match="split"):
        validate_row({**row, "split": "dev"})


@pytest.mark.skipif(not (LEXICON / "report_verbs.tsv").exists(), reason="shared lexicon not on this machine")
def test_lexicon_contexts_put_each_word_in_an_invented_example():
    rows = lexicon_contexts(LEXICON / "report_verbs.tsv", LEXICON / "report_constructions.tsv")
    assert len(rows) > 100
    for r in rows:
        assert r["text"][r["start"]:r["start"] + len(r["word"])] == r["word"]


def test_benchmark_entry_point(tmp_path, capsys):
    from benchmarks.tagger.__main__ import main

    out = tmp_path / "t.json"
    assert main(["--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "govAcc" in printed and "tune" in printed and "test" in printed
    assert json.loads(out.read_text(encoding="utf-8"))["all"]["governors"] > 200
