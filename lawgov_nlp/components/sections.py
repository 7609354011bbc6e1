"""``lawgov_sections``: sentence boundaries and the heading outline.

Sets ``token.is_sent_start`` (so ``span.sent`` works downstream) and keeps the
outline on ``doc.user_data["lawgov_outline"]`` for the later components. A doc
that is one chunk of a longer text receives the heading stack of the chunk
before it in ``doc.user_data["lawgov_heading_stack"]`` and leaves its own in
``"lawgov_heading_stack_out"``.
"""
from __future__ import annotations

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..rules.sections import outline
from ._common import doc_text


class SectionDetector:
    """Find sentences and headings of a report."""

    def __init__(self, nlp: Language, name: str = "lawgov_sections", *, patterns: str = "headings.json"):
        self.name = name
        self.patterns = patterns

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        stack = doc.user_data.get("lawgov_heading_stack")
        result = outline(text, [tuple(x) for x in stack] if stack else None, self.patterns)
        # Plain lists only: user_data must survive Doc.to_bytes (nlp.pipe with n_process>1).
        doc.user_data["lawgov_outline"] = result.to_data()
        doc.user_data["lawgov_heading_stack_out"] = [list(x) for x in result.final_stack]
        _set_sentence_starts(doc, result.sentences)
        return doc


def _set_sentence_starts(doc: Doc, sentences) -> None:
    """Mark sentence starts in one array write (a per-token loop costs more
    than the rest of the pipeline on long reports)."""
    n = len(doc)
    if not n:
        return
    # spaCy's SENT_START values: 1 start, -1 not a start (as uint64, like to_array gives).
    flags = numpy.full((n, 1), -1, dtype="int64").astype("uint64")
    flags[0, 0] = 1
    size = len(doc_text(doc))
    # a start outside the text is no token (spaCy's char_span gives None)
    inside = [start for start, _ in sentences if 0 <= start < size]
    if n == size:
        # one token per character, no whitespace: token i is character i
        flags[inside, 0] = 1
    elif inside:
        # a start at the first character of a token is that token (what
        # doc.char_span(c, c + 1, alignment_mode="expand") finds, without a
        # Span per sentence); one inside a token or its trailing space is rare
        idx = doc.to_array(IDX).astype("int64")
        chars = numpy.asarray(inside, dtype="int64")
        tokens = numpy.searchsorted(idx, chars, side="right") - 1
        plain = idx[tokens] == chars
        flags[tokens[plain], 0] = 1
        for char in chars[~plain].tolist():  # as spaCy decides it
            i = _token_at(doc, char)
            if i is not None:
                flags[i, 0] = 1
    doc.from_array([SENT_START], flags)


def _token_at(doc: Doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else None


@Language.factory(
    "lawgov_sections",
    default_config={"patterns": "headings.json"},
    assigns=["token.is_sent_start", "doc.sents"],
)
def make_sections(nlp: Language, name: str, patterns: str) -> SectionDetector:
    """Factory: ``nlp.add_pipe("lawgov_sections", config={"patterns": path})``."""
    return SectionDetector(nlp, name, patterns=patterns)
