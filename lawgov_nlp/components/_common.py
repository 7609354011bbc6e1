"""Helpers the components share: offsets <-> spans, and the outline lookup."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..rules.sections import Outline, outline


def char_span(doc: Doc, start: int, end: int, label: str = "QUANTITY") -> Span | None:
    """A span covering ``[start, end)``; expands to token boundaries when the
    pipeline's tokenizer is not character-level (the exact offsets stay in
    ``span._.lawgov``)."""
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def doc_outline(doc: Doc) -> Outline:
    """The outline left by ``lawgov_sections``, or one computed on the spot
    for pipelines that do not run it."""
    data = doc.user_data.get("lawgov_outline")
    if data is not None:
        return Outline.from_data(doc.text, data)
    return outline(doc.text)
