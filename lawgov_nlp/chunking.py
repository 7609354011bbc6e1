"""Split very long texts into chunks that end where a mention cannot run on.

A character-token ``Doc`` costs memory per character, and spaCy refuses texts
over ``nlp.max_length``; a 50 MB scrape must still be read. Chunks end at a
line break where one exists (reports are paragraphs, and a mention never spans
a paragraph); a text with no line break in the window (a PDF that lost them, a
flattened table) is cut after a sentence end, else after a clause break or a
list comma, else right after a mention (see
:func:`lawgov_nlp.rules.sections.bound_sentence`, which cuts over-long
sentences the same way): never inside a number and its unit.
"""
from __future__ import annotations

from typing import Iterator

import regex

from .rules.sections import _CLAUSE_CUT, _LIST_CUT, _mention_safe_cut, _quantity_spans

#: Texts longer than this are processed in chunks of about this size.
DEFAULT_CHUNK_CHARS = 200_000

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
