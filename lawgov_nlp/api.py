"""The one-line entry points of SPEC.md."""
from __future__ import annotations

import gc
import logging
from contextlib import contextmanager

import pandas as pd

from .errors import Errors
from .chunking import iter_chunks
from .frame import REJECTED_COLUMNS, doc_to_rejected_rows, doc_to_rows, rows_to_frame
from .language import default_pipeline
from .tokenizer import make_doc

logger = logging.getLogger("lawgov_nlp")


def extract(text: str, doc_id: str | None = None, *, nlp=None, rejected: bool = False):
    """One report's text -> the mention frame (SPEC.md), one row per
    (mention, activity) pair, in document order.

    Never raises on a ``str``; an empty text gives an empty frame with the
    same columns. ``nlp`` lets a caller pass a pipeline from :func:`load`.

    With ``rejected=True`` it returns two frames, ``(mentions, refused)``:
    ``refused`` has one row per numeral-bearing candidate that is not a
    mention (``doc.spans["lawgov_rejected"]``: dates, list markers,
    thresholds, ordinals …), with its ``reason`` and offsets into the same
    ``text`` (columns: :data:`~lawgov_nlp.frame.REJECTED_COLUMNS`).
    """
    if not rejected:
        return rows_to_frame(extract_rows(text, doc_id, nlp=nlp))
    refused: list[dict] = []
    mentions = rows_to_frame(extract_rows(text, doc_id, nlp=nlp, rejected=refused))
    return mentions, rows_to_frame(refused, REJECTED_COLUMNS)


def extract_rows(text: str, doc_id: str | None = None, *, nlp=None, stats: dict | None = None,
                 rejected: list | None = None) -> list[dict]:
    """:func:`extract`'s rows as plain dicts (column name -> value), before
    the frame is built. Batches keep rows and build one frame for many
    documents: a pandas frame costs a fixed ~0.3 ms, more than the
    extraction of a short document. ``stats``, when given, gets
    ``"refused"``: the number of refused candidates; ``rejected``, when
    given, receives their rows (:data:`~lawgov_nlp.frame.REJECTED_COLUMNS`)."""
    if not isinstance(text, str):
        raise TypeError(Errors.E001.format(type=type(text).__name__))
    return rows_of_chunks([(0, text)], doc_id, nlp=nlp, stats=stats, rejected=rejected)


def rows_of_chunks(chunks, doc_id: str | None = None, *, nlp=None, stats: dict | None = None,
                   rejected: list | None = None) -> list[dict]:
    """The rows of a text given as consecutive ``(offset, chunk)`` pieces
    (a file read block by block: :mod:`lawgov_nlp.chunking`), with offsets in
    the whole text and sections running on from piece to piece; ``stats`` and
    ``rejected`` as in :func:`extract_rows`."""
    nlp = nlp or default_pipeline()
    rows: list[dict] = []
    refused = 0
    with gc_paused():
        for doc in _process(nlp, chunks):
            rows.extend(doc_to_rows(doc, doc_id, rows[-1]["mention_id"] + 1 if rows else 0))
            refused += len(doc.spans.get("lawgov_rejected", ()))
            if rejected is not None:
                rejected.extend(doc_to_rejected_rows(doc, doc_id))
        # (freed before the collector is back: else its first pass walks all the doc still holds)
        doc = None  # noqa: F841
    if stats is not None:
        stats["refused"] = stats.get("refused", 0) + refused
    return rows


@contextmanager
def gc_paused():
    """Python's cyclic garbage collector off while one text is extracted
    (back on after it, if it was on; as Mercurial's ``util.nogc``).

    What a text allocates (tokens, records, links, rows: a dozen containers
    per mention) lives until the text is done and is freed by reference
    counting; the pipeline makes no cycles worth collecting. But every
    ~10,000 such objects that survive a young collection trigger a full one,
    which walks every object of the process: spaCy's and jieba's alone take
    60-90 ms a walk. On a dense text (a flattened table: one mention every 7
    characters) that was a fifth of ``extract``'s time
    (benchmarks/README.md, throughput)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _process(nlp, pieces):
    """Yield processed docs covering ``pieces`` (``(offset, text)`` pairs, or
    one text). Long texts go through in line-aligned chunks; each doc
    records its offset in the whole text and hands its heading stack to the
    next chunk, so sections stay continuous."""
    if isinstance(pieces, str):
        pieces = [(0, pieces)]
    carry = None
    for offset, chunk in ((base + o, c) for base, piece in pieces for o, c in iter_chunks(piece, nlp.max_length)):
        doc = make_doc(nlp, chunk)
        doc.user_data["lawgov_text"] = chunk  # spares every component a doc.text rebuild
        doc.user_data["lawgov_offset"] = offset
        if carry is not None:
            doc.user_data["lawgov_heading_stack"] = carry
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        carry = doc.user_data.get("lawgov_heading_stack_out")
        yield doc
