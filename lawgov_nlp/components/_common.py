"""Helpers the components share: offsets <-> spans, and the outline lookup."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..rules.sections import Outline, outline


def char_span(doc: Doc, start: int, end: int, label: str = "QUANTITY") -> Span | None:
    """A span covering ``[start, end)``; expands to token boundaries when the
    pipeline's tokenizer is not character-level (the exact offsets stay in
    ``span._.lawgov``)."""
    if 0 <= start < end <= len(doc) and len(doc) == len(doc_text(doc)):
        # one token per character, no whitespace: what char_span finds, without its searches
        return Span(doc, start, end, label=label)
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc: spaCy rebuilds it from every
    token on each access, which on a character-token doc costs more than the
    rules themselves. The cache is checked against the doc's length."""
    text = doc.user_data.get("lawgov_text")
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if text is None or len(text) != end:
        text = doc.text
        doc.user_data["lawgov_text"] = text
    return text


def doc_outline(doc: Doc) -> Outline:
    """The outline left by ``lawgov_sections``, or one computed on the spot
    for pipelines that do not run it."""
    data = doc.user_data.get("lawgov_outline")
    if data is not None:
        return Outline.from_data(doc_text(doc), data)
    return outline(doc_text(doc))
