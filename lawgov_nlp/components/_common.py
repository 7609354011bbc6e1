"""Helpers the components share: offsets <-> spans, and the outline lookup."""
from __future__ import annotations

import weakref

import regex
from spacy.tokens import Doc, Span

from ..errors import Errors
from ..extensions import record_key
from ..rules.sections import Outline, outline

#: A token holding a Han character next to a digit: the tokenizer does not
#: split Chinese text (spacy.blank("en") keeps 受理1818件 as one token).
_UNSPLIT = regex.compile(r"\p{Han}[\d０-９]|[\d０-９]\p{Han}")


def char_span(doc: Doc, start: int, end: int, label: str = "QUANTITY", text: str | None = None) -> Span | None:
    """A span covering ``[start, end)``; expands to token boundaries when the
    pipeline's tokenizer is not character-level (the exact offsets stay in
    ``span._.lawgov``). ``text``: the doc's text when the caller holds it
    (:func:`doc_text` checks its cache against the last token, which costs
    more than the span itself when called once per mention)."""
    if text is None:
        text = doc_text(doc)
    if 0 <= start < end <= len(doc) and len(doc) == len(text):
        # one token per character, no whitespace: what char_span finds, without its searches
        return Span(doc, start, end, label=label)
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def check_split(span: Span | None, start: int, end: int, component: str) -> None:
    """Raise E018 when the tokens around a mention at ``[start, end)`` do
    not split Chinese text (only looked at when the span is not exact, so a
    character tokenizer never pays for it). A Chinese pipeline with a word
    segmenter (jieba, pkuseg) is never refused: its spans expand to token
    boundaries by design, the exact offsets stay in the record."""
    if span is None or (span.start_char == start and span.end_char == end) or span.doc.lang_ == "zh":
        return
    for token in span:
        if _UNSPLIT.search(token.text):
            raise ValueError(Errors.E018.format(component=component, token=token.text[:40],
                                                lang=span.doc.vocab.lang))


def require_spans(doc: Doc, key: str, component: str) -> None:
    """Raise E017 when ``lawgov_quantities`` has not run on ``doc``."""
    if key not in doc.spans:
        raise ValueError(Errors.E017.format(component=component, key=key))


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


# -- the mentions one component hands to the next ---------------------------------
#
# Reading ``doc.spans["indicators"]`` builds a ``Span`` per mention (spaCy makes
# three ``Token`` objects for each), and each component then rebuilt the
# mention's ``Quantity`` from its record: on a dense text (a flattened table) that
# was ~3 us a mention a component. A component that writes the group leaves its
# offsets, records and quantities here for the next one.

#: doc -> (key, group, size, offsets, records, quantities); weak on the doc, and
#: nothing in the value refers to the doc (a SpanGroup keeps a weak reference)
_HANDED: "weakref.WeakKeyDictionary[Doc, tuple]" = weakref.WeakKeyDictionary()


def hand_over(doc: Doc, key: str, offsets: list, records: list, quantities: list) -> None:
    """Leave the mentions just written to ``doc.spans[key]`` for the next
    lawgov component: each span's character offsets, its record and its
    ``Quantity``, in the group's order."""
    if record_key(0, 0) is not None:
        _HANDED[doc] = (key, doc.spans.get(key), len(offsets), offsets, records, quantities)


def take_over(doc: Doc, key: str):
    """``(offsets, records, quantities)`` of ``doc.spans[key]`` as the previous
    lawgov component handed them over, or None (read the spans). Only while
    the group is still the one it wrote, of the same length, with the same
    record objects: a component in between that assigns the group or a
    record anew is seen (one that swaps a span inside the group for another
    of the same record is not)."""
    got = _HANDED.get(doc)
    if got is None or got[0] != key:
        return None
    _, group, n, offsets, records, quantities = got
    if group is None or doc.spans.get(key) is not group or len(group) != n:
        return None
    get = doc.user_data.get
    if any(get(("._.", "lawgov", s, e)) is not r for (s, e), r in zip(offsets, records)):
        return None  # (the key of record_key, which hand_over checked)
    return offsets, records, quantities
