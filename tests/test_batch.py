"""extract_file / extract_many / iter_extract: every format gives the plain
text's mentions, batches are ordered, streamed, and never lose a bad file."""
from __future__ import annotations

import logging
import random
import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_files import (  # noqa: E402
    encrypt_pdf, mixed_folder, plain_text, seed_texts, truncate, write_docx, write_html, write_pdf, write_txt,
)

import lawgov_nlp  # noqa: E402
from lawgov_nlp import errors  # noqa: E402
from lawgov_nlp.batch import iter_extract  # noqa: E402
from lawgov_nlp.frame import FILE_COLUMNS, MENTION_COLUMNS  # noqa: E402
from lawgov_nlp.readers import read_text  # noqa: E402

#: Columns that must agree between formats (doc_id and source name the file).
SAME = [c for c in MENTION_COLUMNS if c != "doc_id"]
WRITERS = {
    "txt": lambda p, t: write_txt(p, plain_text(t)),
    "gbk.txt": lambda p, t: write_txt(p, plain_text(t), "gbk"),
    "utf16.txt": lambda p, t: write_txt(p, plain_text(t), "utf-16"),
    "docx": write_docx,
    "pdf": write_pdf,
    "html": write_html,
}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Every seed in every format: {(stem, fmt): path}."""
    root = tmp_path_factory.mktemp("formats")
    return {(stem, fmt): writer(root / f"{stem}.{fmt}", text)
            for stem, text in seed_texts() for fmt, writer in WRITERS.items()}


@pytest.fixture(scope="module")
def plain_frames():
    return {stem: lawgov_nlp.extract(plain_text(text), stem) for stem, text in seed_texts()}


def _dtypes(df):
    return {name: str(dtype) for name, dtype in df.dtypes.items()}


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_each_format_gives_the_plain_text_mentions(files, plain_frames, fmt):
    for stem, _ in seed_texts():
        path = files[(stem, fmt)]
        df = lawgov_nlp.extract_file(path)
        assert list(df.columns) == list(FILE_COLUMNS)
        assert _dtypes(df) == {name: str(pd.Series([], dtype=d).dtype) for name, d in FILE_COLUMNS.items()}
        assert (df["doc_id"] == path.stem).all() and (df["source"] == str(path)).all()
        expected = plain_frames[stem]
        assert len(expected) > 0
        pd.testing.assert_frame_equal(df[SAME].reset_index(drop=True), expected[SAME].reset_index(drop=True))
        text = read_text(path).text
        assert all(text[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"]))


def test_table_number_is_a_mention(files):
    stem = seed_texts(1)[0][0]
    df = lawgov_nlp.extract_file(files[(stem, "docx")])
    assert "44件" in set(df["text"])


def test_metadata_columns(files):
    stem = seed_texts(1)[0][0]
    for fmt in ("txt", "docx", "pdf", "html"):
        df = lawgov_nlp.extract_file(files[(stem, fmt)], doc_id="r1")
        assert set(df["doc_id"]) == {"r1"}
        assert set(df["title"]) == {"梨树县卫生健康局关于2024年度法治政府建设情况的报告"}
        assert set(df["org"]) == {"梨树县卫生健康局"}
        assert set(df["year"]) == {2024}


def test_file_without_mentions_gives_an_empty_frame_with_all_columns(tmp_path):
    df = lawgov_nlp.extract_file(write_txt(tmp_path / "r.txt", "特此报告。"))
    assert df.empty and list(df.columns) == list(FILE_COLUMNS)
    assert _dtypes(df) == {name: str(pd.Series([], dtype=d).dtype) for name, d in FILE_COLUMNS.items()}


def test_extract_file_raises_typed_errors(tmp_path):
    with pytest.raises(errors.FileMissingError):
        lawgov_nlp.extract_file(tmp_path / "nope.docx")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(errors.CorruptFileError):
        lawgov_nlp.extract_file(bad)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("mixed")
    mixed_folder(root, seed_texts(1)[0][1])
    (root / ".hidden.txt").write_text("共1件。", encoding="utf-8")
    (root / "~$r_docx.docx").write_bytes(b"lock")
    (root / "notes.md").write_text("共2件。", encoding="utf-8")
    return root


ORDER = ["r_broken", "r_docx", "r_gbk", "r_pdf", "r_txt", "sub/r_html"]  # sorted by path; doc_id: path under the folder


def test_folder_in_sorted_order_with_the_broken_file_recorded(folder, caplog):
    with caplog.at_level(logging.WARNING, logger="lawgov_nlp"):
        df = lawgov_nlp.extract_many([folder])
    assert list(dict.fromkeys(df["doc_id"])) == ORDER[1:]
    assert [d["status"] for d in df.attrs["documents"]] == ["E008"] + ["ok"] * 5  # every input, in order
    [error] = df.attrs["errors"]
    assert error["doc_id"] == "r_broken" and error["path"].endswith("r_broken.docx")
    assert error["code"] == "E008" and error["error"] == "CorruptFileError" and "docx" in error["reason"]
    assert "r_broken.docx" in caplog.text
    per_doc = [g[SAME].reset_index(drop=True) for _, g in df.groupby("doc_id", sort=False)]
    for frame in per_doc[1:]:
        pd.testing.assert_frame_equal(frame, per_doc[0])


def test_same_frame_whatever_n_process(folder):
    texts = [t for _, t in seed_texts()]
    inputs = [folder, *texts, ("given", texts[0]), str(folder / "missing.pdf")]
    one = lawgov_nlp.extract_many(inputs, n_process=1)
    two = lawgov_nlp.extract_many(inputs, n_process=2, batch_size=1)
    pd.testing.assert_frame_equal(one, two)
    assert one.attrs["errors"] == two.attrs["errors"]
    assert [e["code"] for e in one.attrs["errors"]] == ["E008", "E004"]


def test_errors_raise(folder):
    with pytest.raises(errors.CorruptFileError):
        lawgov_nlp.extract_many([folder], errors="raise")
    with pytest.raises(ValueError):
        iter_extract([folder], errors="ignore")  # at the call, not at the first next()


def test_texts_tuples_and_paths_mixed(tmp_path):
    path = write_txt(tmp_path / "r9.txt", "共受理审批事项1818件。")
    df = lawgov_nlp.extract_many(["罚款15.7万元。", ("mine", "检查20次。"), path, str(path), 42])
    assert list(dict.fromkeys(df["doc_id"])) == ["text-0", "mine", "r9", "r9~2"]  # one file given twice: unique ids
    assert df["source"].isna().sum() == len(df[df["doc_id"].isin(["text-0", "mine"])])
    assert [e["code"] for e in df.attrs["errors"]] == ["E001"]
    assert df.attrs["errors"][0]["doc_id"] == "text-4"


def test_a_missing_file_name_is_not_taken_for_text(tmp_path):
    df = lawgov_nlp.extract_many([str(tmp_path / "report2024.pdf")])
    assert df.empty and df.attrs["errors"][0]["code"] == "E004"


def test_iter_extract_streams_its_input(tmp_path):
    pulled = []

    def texts():
        for i in range(50):
            pulled.append(i)
            yield f"第{i}批共受理{i + 1}件。"

    stream = iter_extract(texts())
    first = next(stream)
    assert first.ok and first.doc_id == "text-0" and len(pulled) == 1
    rest = list(stream)
    assert len(rest) == 49 and all(r.ok for r in rest)


def test_progress_bar_on_request(capsys):
    lawgov_nlp.extract_many(["共1件。", "共2件。"], progress=True)
    err = capsys.readouterr().err
    assert "lawgov-nlp" in err and "/2" in err


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory, files):
    """One of each bad input of issue 5, next to a good report."""
    root = tmp_path_factory.mktemp("bad")
    stem = seed_texts(1)[0][0]
    (root / "a_empty.txt").write_bytes(b"")
    rng = random.Random(3)
    (root / "b_junk.txt").write_bytes(bytes(rng.randrange(256) for _ in range(5000)))
    truncate(files[(stem, "pdf")], root / "c_truncated.pdf")
    truncate(files[(stem, "docx")], root / "d_truncated.docx", 0.7)
    (root / "e_text_named.docx").write_text("这不是Word文件。", encoding="utf-8")
    encrypt_pdf(files[(stem, "pdf")], root / "f_locked.pdf")
    (root / "g_pdf_named.txt").write_bytes(files[(stem, "pdf")].read_bytes())
    with open(root / "h_huge.txt", "wb") as fh:
        fh.truncate(60 * 1024 * 1024)
    write_html(root / "i_good.html", seed_texts(1)[0][1])
    return root


def test_batch_goes_past_every_bad_input(bad_folder):
    df = lawgov_nlp.extract_many([bad_folder])
    codes = {e["doc_id"]: e["code"] for e in df.attrs["errors"]}
    assert codes == {"a_empty": "E006", "b_junk": "E010", "c_truncated": "E008", "d_truncated": "E008",
                     "e_text_named": "E008", "f_locked": "E009", "h_huge": "E014"}
    assert list(dict.fromkeys(df["doc_id"])) == ["g_pdf_named", "i_good"]
    assert all(e["reason"] and e["path"] for e in df.attrs["errors"])
