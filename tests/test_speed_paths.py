"""The fast paths of the speed work give what the plain paths give."""
import pickle
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import spacy

import lawgov_nlp
from lawgov_nlp.batch import DocResult, iter_extract
from lawgov_nlp.frame import FILE_COLUMNS, FILE_ERROR_COLUMNS, MENTION_COLUMNS, rows_to_frame
from lawgov_nlp.tokenizer import FastChineseTokenizer

SEED = sorted(Path(__file__).resolve().parents[1].joinpath("seeds").glob("*.txt"))[0]


def _series_frame(rows, columns):
    """rows_to_frame as it was: a pandas Series per column."""
    return pd.DataFrame({name: pd.Series([r.get(name) for r in rows], dtype=dtype) for name, dtype in columns.items()})


@pytest.mark.parametrize("rows", [
    [{"doc_id": "a", "start": 1, "end": 3, "text": "3件", "value": 3, "value_high": None, "activity_start": None,
      "activity_end": 5, "section": ""},
     {"doc_id": None, "start": 2, "end": 4, "text": "中", "value": 2.5, "value_high": float("nan"),
      "activity_start": 3}],
    # unexpected types take pandas' own conversions
    [{"doc_id": 7, "start": np.int64(1), "end": 2, "value": np.float32(1.5), "value_high": True,
      "activity_start": np.int32(4), "object_end": float("nan"), "text": pd.NA}],
])
def test_rows_to_frame_is_the_series_frame(rows):
    got, want = rows_to_frame(rows), _series_frame(rows, MENTION_COLUMNS)
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert list(got.dtypes.astype(str)) == list(MENTION_COLUMNS.values())


def test_rows_to_frame_raises_like_pandas():
    with pytest.raises((TypeError, ValueError)):
        rows_to_frame([{"start": 1.5, "end": 2}])


def test_empty_frames_are_fresh_copies():
    a = rows_to_frame([])
    a["doc_id"] = pd.Series([], dtype="string")
    a.attrs["x"] = 1
    b = rows_to_frame([])
    assert b.attrs == {} and list(b.dtypes.astype(str)) == list(MENTION_COLUMNS.values())


def test_load_uses_the_fast_tokenizer_with_spacys_docs(tmp_path):
    nlp = lawgov_nlp.load()
    assert isinstance(nlp.tokenizer, FastChineseTokenizer)
    text = SEED.read_text(encoding="utf-8") + "\n  a  b \t 甲 乙\u3000"
    assert nlp.make_doc(text).to_bytes() == spacy.blank("zh").make_doc(text).to_bytes()
    nlp.to_disk(tmp_path / "p")  # saved as spaCy's tokenizer: loads without lawgov_nlp's class
    again = spacy.load(tmp_path / "p")
    assert [t.text for t in again.make_doc(text)] == [t.text for t in nlp.make_doc(text)]


def test_a_pipeline_that_has_run_still_pickles_and_goes_to_workers():
    nlp = lawgov_nlp.load()
    text = SEED.read_text(encoding="utf-8")
    want = lawgov_nlp.extract(text, "s", nlp=nlp)  # loads jieba's model into the attacher
    again = pickle.loads(pickle.dumps(nlp))
    pd.testing.assert_frame_equal(lawgov_nlp.extract(text, "s", nlp=again), want)
    df = lawgov_nlp.extract_many([("s", text)], nlp=nlp, n_process=2)
    pd.testing.assert_frame_equal(df[list(MENTION_COLUMNS)], want)


def test_doc_results_carry_rows_and_build_the_frame_on_demand():
    [result] = iter_extract([("s", "共受理审批事项1818件，罚款15.7万元。")])
    assert isinstance(result, DocResult) and result.ok and len(result.rows) == 2
    frame = result.frame
    assert list(frame.columns) == list(FILE_COLUMNS) and len(frame) == 2
    assert result.rows[0]["text"] == "1818件"  # from the frame now
    assert "rows=2" in repr(result)


def test_extract_many_error_rows():
    df = lawgov_nlp.extract_many([("a", "罚款3万元。"), 5, "/no/such/report.pdf", ("b", "受理1818件。")], errors="rows")
    assert list(df.columns) == list(FILE_ERROR_COLUMNS)
    assert list(df["doc_id"]) == ["a", "text-1", "report", "b"]
    assert list(df["error_code"].fillna("")) == ["", "E001", "E004", ""]
    assert list(df["start"]) == [2, -1, -1, 2]
    assert [e["code"] for e in df.attrs["errors"]] == ["E001", "E004"]
    plain = lawgov_nlp.extract_many([("a", "罚款3万元。"), 5, "/no/such/report.pdf", ("b", "受理1818件。")])
    pd.testing.assert_frame_equal(df[df.error_code.isna()][list(FILE_COLUMNS)].reset_index(drop=True), plain)
    with pytest.raises(ValueError):
        lawgov_nlp.extract_many([], errors="ignore")


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_leaves_the_garbage_collector_as_it_found_it(enabled):
    import gc

    from lawgov_nlp.api import gc_paused

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        assert len(lawgov_nlp.extract("共受理审批事项1818件，罚款15.7万元。")) == 2
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError):
            with gc_paused():
                assert not gc.isenabled()
                raise RuntimeError
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_component_between_ours_that_changes_the_mentions_is_seen():
    """The hand-over between the components (offsets, records, quantities) is
    dropped when another component assigns the group or a record anew."""
    from spacy.language import Language

    from lawgov_nlp.extensions import get_record, set_record
    from lawgov_nlp.language import load

    @Language.component("perf5_keep_first")
    def keep_first(doc):
        doc.spans["indicators"] = list(doc.spans["indicators"])[:1]
        return doc

    @Language.component("perf5_mark_records")
    def mark_records(doc):
        for span in doc.spans["indicators"]:
            set_record(span, {**get_record(span), "marked": True})
        return doc

    text = "共受理审批事项1818件，罚款15.7万元。"
    for name, rows in (("perf5_keep_first", 1), ("perf5_mark_records", 2)):
        nlp = load()
        nlp.add_pipe(name, before="lawgov_attacher")
        doc = nlp(text)
        spans = list(doc.spans["indicators"])
        assert len(spans) == rows
        assert all(get_record(s)["links"] and get_record(s)["links"][0]["activity"] for s in spans)
        assert len(lawgov_nlp.extract(text, nlp=nlp)) == rows
        if name == "perf5_mark_records":
            assert all(get_record(s).get("marked") for s in spans)
