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
