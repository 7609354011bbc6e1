"""``lawgov_quantities``: candidate quantities, normalized.

Scans ``doc.text`` with the quantity grammar (numeral + unit, qualifiers,
ranges, change) and writes one span per candidate to
``doc.spans["indicators"]``, its normalized fields in ``span._.lawgov``.
Numeral+unit strings that cannot be normalized go to
``doc.spans["lawgov_rejected"]`` with a reason, never silently away.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.quantity_grammar import QuantityGrammar
from ..extensions import set_record
from ._common import char_span, check_split, doc_outline, doc_text, hand_over

SPANS_KEY = "indicators"
REJECTED_KEY = "lawgov_rejected"


class QuantityRecognizer:
    """Find quantities over characters (not tokens: Chinese token boundaries
    rarely match number+unit)."""

    def __init__(self, nlp: Language, name: str = "lawgov_quantities", *, units: str | None = None,
                 context: str = "quantity_context.json", spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key
        self.grammar = QuantityGrammar(units, context)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found, rejected = self.grammar.scan(text)
        outline = doc_outline(doc)
        spans, offsets, records, quantities = [], [], [], []
        sentence_key, sentence = None, ""
        for q in found:
            span = char_span(doc, q.start, q.end, text=text)
            check_split(span, q.start, q.end, self.name)
            if span is None:
                continue
            record = q.to_record()
            s0, s1 = outline.sentence_at(q.start)
            if (s0, s1) != sentence_key:
                # one string per sentence, shared by its mentions (not a copy each)
                sentence_key, sentence = (s0, s1), text[s0:s1]
            record["sentence"] = sentence if s0 <= q.start < s1 else ""
            record["section"] = outline.section_at(q.start)
            record["links"] = []
            set_record(span, record)
            spans.append(span)
            offsets.append((span.start_char, span.end_char))
            records.append(record)
            quantities.append(q)
        doc.spans[self.spans_key] = spans
        hand_over(doc, self.spans_key, offsets, records, quantities)
        bad = []
        for r in rejected:
            span = char_span(doc, r.start, r.end, label="REJECTED", text=text)
            if span is not None:
                set_record(span, {"start": r.start, "end": r.end, "reason": r.reason})
                bad.append(span)
        doc.spans[REJECTED_KEY] = list(doc.spans.get(REJECTED_KEY, [])) + bad
        return doc


@Language.factory(
    "lawgov_quantities",
    default_config={"units": None, "context": "quantity_context.json", "spans_key": SPANS_KEY},
    assigns=["doc.spans", "span._.lawgov", "span._.lawgov_value", "span._.lawgov_unit", "span._.lawgov_kind"],
)
def make_quantities(nlp: Language, name: str, units: str | None, context: str, spans_key: str) -> QuantityRecognizer:
    """Factory. ``units``: path of a unit lexicon (default: the bundled
    ``data/units.json``); ``context``: qualifier/change word lists."""
    return QuantityRecognizer(nlp, name, units=units, context=context, spans_key=spans_key)
