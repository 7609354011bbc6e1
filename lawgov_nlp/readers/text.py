"""Plain-text reports (.txt).

The text is returned as decoded, with only line ends normalised, so offsets in
the frame index the same string ``open(path, encoding=...).read()`` gives.
"""
from __future__ import annotations

from ._common import ReadResult, decode_bytes, normalize_newlines

SUFFIXES = (".txt", ".text")


def read(data: bytes, path: str) -> ReadResult:
    """Decode ``data`` (encoding detected, see :func:`decode_bytes`)."""
    text, encoding = decode_bytes(data, path, fmt="text")
    if text.startswith("\ufeff"):  # a BOM decoded by a codec that keeps it
        text = text[1:]
    return ReadResult(normalize_newlines(text), None, path, "txt", encoding)
