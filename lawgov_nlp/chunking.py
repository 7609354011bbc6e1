"""Split very long texts into chunks that end where a mention cannot run on.

A character-token ``Doc`` costs memory per character, and spaCy refuses texts
over ``nlp.max_length``; a 50 MB scrape must still be read. Chunks end at a
line break where one exists (reports are paragraphs, and a mention never spans
a paragraph); a text with no line break in the window (a PDF that lost them, a
flattened table) is cut after a sentence end, else after a clause break or a
list comma, else right after a mention (see
:func:`lawgov_nlp.rules.sections.bound_sentence`, which cuts over-long
sentences the same way): never inside a number and its unit.

Files too are read in chunks past a size (:data:`DEFAULT_MAX_DOC_BYTES`,
``extract_many(max_doc_bytes=...)``): a plain-text file larger than that is
decoded block by block and each block, cut at a paragraph boundary, is
extracted on its own with its offset in the whole text
(:func:`iter_text_file_chunks`, :func:`large_text_file_rows`), so a 50 MB
file is read rather than refused and never held whole.
"""
from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import Iterator

import regex

from .rules.sections import _CLAUSE_CUT, _LIST_CUT, _mention_safe_cut, _quantity_spans

#: Texts longer than this are processed in chunks of about this size.
DEFAULT_CHUNK_CHARS = 200_000
#: Plain-text files larger than this (bytes) are read and extracted in blocks
#: of about this size, at paragraph boundaries (``max_doc_bytes``).
DEFAULT_MAX_DOC_BYTES = 5 * 1024 * 1024
#: Encodings in which a byte 0x0A is always a line feed (a block cut there is
#: a character boundary); UTF-16/32 files are read whole.
_ASCII_SAFE = ("utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "big5", "ascii")

_SENTENCE_CUT = regex.compile(r"[。！？!?][”’」』）)]*", flags=regex.REVERSE)


def iter_chunks(text: str, limit: int = DEFAULT_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, chunk)`` pairs that concatenate back to ``text``."""
    limit = max(1, min(limit, DEFAULT_CHUNK_CHARS))
    n = len(text)
    if n <= limit:
        yield 0, text
        return
    start = 0
    while start < n:
        end = min(start + limit, n)
        if end < n:
            end = cut_point(text, start + limit // 2, end)
        yield start, text[start:end]
        start = end


def cut_point(text: str, lo: int, hi: int) -> int:
    """The best place in ``(lo, hi]`` to end a chunk: after the last line
    break, else after the last sentence end, clause break or 、, else right
    after the last mention (or outside any numeral+unit match)."""
    cut = text.rfind("\n", lo, hi)
    if cut != -1:
        return cut + 1
    m = _SENTENCE_CUT.search(text, lo, hi) or _CLAUSE_CUT.search(text, lo, hi) or _LIST_CUT.search(text, lo, hi)
    if m is not None and m.end() > lo:
        return m.end()
    # the quantity pattern's matches around the window (80 chars either side: a
    # match that starts before it or runs past it is seen whole)
    return _mention_safe_cut(_quantity_spans(text, max(0, lo - 80), min(len(text), hi + 80)), lo, hi)


def large_text_file_rows(path, doc_id: str | None, nlp, max_doc_bytes: int | None = DEFAULT_MAX_DOC_BYTES,
                         source: str | None = None) -> list[dict] | None:
    """The file's rows with metadata when ``path`` is a plain-text file over
    ``max_doc_bytes``, read and extracted block by block; ``None`` otherwise
    (the caller reads the file whole, as for any other file).

    The rows are those of the whole text: offsets count from the file's
    first character (``text[start:end] == row["text"]`` on the text
    :func:`~lawgov_nlp.readers.read_text` gives) and the heading stack runs
    on from block to block. The title, organization and year are read from
    the first block and the last one (the signature)."""
    from .api import rows_of_chunks
    from .metadata import report_metadata
    from .readers import detect_format
    from .readers.text import SUFFIXES as _TEXT_SUFFIXES
    from .readers._common import SAMPLE_BYTES, decode_bytes

    if max_doc_bytes is None:
        return None
    path = Path(path)
    try:
        size = path.stat().st_size
        if size <= max_doc_bytes or path.suffix.lower() not in _TEXT_SUFFIXES:
            return None
        with open(path, "rb") as fh:
            head = fh.read(SAMPLE_BYTES)
    except OSError:
        return None  # read_text reports it
    if detect_format(head, path.suffix.lower()) is not None or head.isascii():
        return None  # not plain text, or nothing yet to tell its encoding by: read whole
    cut = head.rfind(b"\n")
    try:
        _, encoding = decode_bytes(head[:cut + 1] if cut > 0 else head, str(path))
    except Exception:  # noqa: BLE001 - read whole, and let read_text report it
        return None
    if codecs.lookup(encoding).name not in _ASCII_SAFE:
        return None
    first, last = [], []

    def chunks():
        for offset, chunk in iter_text_file_chunks(path, encoding, max(1, max_doc_bytes)):
            if not first:
                first.append(chunk)
            last[:] = [chunk]
            yield offset, chunk

    rows = rows_of_chunks(chunks(), doc_id, nlp=nlp)
    head_text = first[0] if first else ""
    tail = last[0][-20_000:] if last and last[0] is not head_text else ""
    meta = report_metadata(head_text[:200_000] + ("\n" + tail if tail else ""), None)
    values = {"title": meta["title"], "org": meta["org"], "year": meta["year"],
              "source": source if source is not None else os.fspath(path)}
    for row in rows:
        row.update(values)
    return rows


def iter_text_file_chunks(path, encoding: str, block_bytes: int = DEFAULT_MAX_DOC_BYTES) -> Iterator[tuple[int, str]]:
    """``(offset, text)`` blocks of a plain-text file, decoded with
    ``encoding`` (bad bytes replaced), line ends normalized as
    :func:`~lawgov_nlp.readers.read_text` does, each ending at a paragraph
    boundary where one exists (:func:`cut_point`). They concatenate to the
    text ``read_text`` gives."""
    from .readers._common import normalize_newlines

    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    carry = ""  # normalized text not yet yielded
    offset = 0
    held = ""  # a trailing \r whose \n may open the next block
    first = True
    with open(path, "rb") as fh:
        while True:
            data = fh.read(block_bytes)
            final = not data
            raw = held + decoder.decode(data, final=final)
            held = ""
            if first and raw:
                raw = raw[1:] if raw.startswith("\ufeff") else raw  # a BOM a codec kept
                first = False
            if not final and raw.endswith("\r"):
                raw, held = raw[:-1], "\r"
            buffer = carry + normalize_newlines(raw)
            if final:
                if buffer:
                    yield offset, buffer
                return
            if len(buffer) < 2:
                carry = buffer
                continue
            cut = cut_point(buffer, len(buffer) // 2, len(buffer))
            yield offset, buffer[:cut]
            offset += cut
            carry = buffer[cut:]
