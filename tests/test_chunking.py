"""Chunks of a long text end where no mention can run on (lawgov_nlp/chunking.py)."""
import lawgov_nlp
from lawgov_nlp import chunking
from lawgov_nlp.chunking import cut_point, iter_chunks
from lawgov_nlp.rules.quantity_grammar import default_grammar


def _cuts(text, limit):
    chunks = list(iter_chunks(text, limit))
    assert "".join(c for _, c in chunks) == text
    assert all(text[o:o + len(c)] == c for o, c in chunks)
    return [o for o, _ in chunks[1:]]


def test_line_breaks_first():
    text = "受理案件3件。\n" * 20
    assert all(text[c - 1] == "\n" for c in _cuts(text, 50))


def test_without_line_breaks_after_a_sentence_end_then_a_clause_break():
    assert all(t[c - 1] == "。" for t in ["受理案件3件。" * 30] for c in _cuts(t, 50))
    assert all(t[c - 1] == "，" for t in ["受理案件3件，" * 30] for c in _cuts(t, 50))


def test_never_inside_a_mention():
    text = "".join(f"受理审批事项{1000 + i}万元项目{i}件" for i in range(200))
    cuts = _cuts(text, 97)
    found, _ = default_grammar().scan(text)
    assert not [(q.text, c) for q in found for c in cuts if q.start < c < q.end]
    assert all(text[c - 1] in "元件" for c in cuts)


def test_cut_point_falls_back_to_the_window_end_inside_a_giant_numeral():
    assert cut_point("1" * 100, 20, 40) == 40


def test_a_long_text_without_punctuation_keeps_every_mention(monkeypatch):
    text = "".join(f"受理审批事项{10 + i}件" for i in range(300))
    whole = lawgov_nlp.extract(text)
    monkeypatch.setattr(chunking, "DEFAULT_CHUNK_CHARS", 100)
    chunked = lawgov_nlp.extract(text)
    assert list(chunked["value"]) == list(whole["value"]) == [float(10 + i) for i in range(300)]
    assert all(text[r.start:r.end] == r.text for r in chunked.itertuples())


# -- files over max_doc_bytes: read and extracted in blocks ---------------------------

import pytest  # noqa: E402

from lawgov_nlp.readers import read_text  # noqa: E402

REPORT = ("某某局2023年度法治政府建设情况报告\n一、主要工作\n"
          + "".join(f"（{i % 9 + 1}）规范执法。全年受理行政复议案件{100 + i}件，罚款{i + 1}.5万元。\n" for i in range(120))
          + "某某局\n2024年1月10日\n")


@pytest.mark.parametrize("encoding,newline,bom", [("utf-8", "\n", False), ("utf-8", "\r\n", True),
                                                  ("gb18030", "\r\n", False)])
def test_a_large_text_file_is_read_in_blocks_with_the_same_rows(tmp_path, encoding, newline, bom):
    path = tmp_path / "big.txt"
    data = REPORT.replace("\n", newline).encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    assert len(data) > 3 * 1000
    whole = lawgov_nlp.extract_many([path], max_doc_bytes=None, progress=False)
    blocks = lawgov_nlp.extract_many([path], max_doc_bytes=1000, progress=False)
    text = read_text(path).text
    assert len(blocks) == len(whole) == 240
    assert blocks.drop(columns=["title", "org", "year"]).equals(whole.drop(columns=["title", "org", "year"]))
    assert all(text[r.start:r.end] == r.text for r in blocks.itertuples())
    assert blocks["year"].iloc[0] == whole["year"].iloc[0] == 2023
    assert list(blocks["section"].unique()) == list(whole["section"].unique())


def test_a_text_file_over_max_bytes_is_streamed_rather_than_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(REPORT, encoding="utf-8")
    df = lawgov_nlp.extract_many([path], max_bytes=500, max_doc_bytes=2000, progress=False)
    assert not df.attrs["errors"] and len(df) == 240
    assert lawgov_nlp.extract_file(path, max_bytes=500, max_doc_bytes=2000).equals(df)


def test_blocks_concatenate_to_the_text_read_whole(tmp_path):
    from lawgov_nlp.chunking import iter_text_file_chunks

    path = tmp_path / "x.txt"
    path.write_bytes(("甲乙丙丁\r\n" * 500).encode("utf-8"))
    chunks = list(iter_text_file_chunks(path, "utf-8", 777))
    assert len(chunks) > 5
    text = "".join(c for _, c in chunks)
    assert text == read_text(path).text
    assert all(text[o:o + len(c)] == c and c.endswith("\n") for o, c in chunks[:-1])
