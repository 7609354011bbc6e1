"""Split very long texts into line-aligned chunks.

A character-token ``Doc`` costs memory per character, and spaCy refuses texts
over ``nlp.max_length``; a 50 MB scrape must still be read. Chunks end at a
line break where one exists (reports are paragraphs, and a mention never spans
a paragraph), else at the hard limit.
"""
from __future__ import annotations

from typing import Iterator

#: Texts longer than this are processed in chunks of about this size.
DEFAULT_CHUNK_CHARS = 200_000


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
            cut = text.rfind("\n", start + limit // 2, end)
            if cut != -1:
                end = cut + 1
        yield start, text[start:end]
        start = end
