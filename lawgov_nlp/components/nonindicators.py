"""``lawgov_nonindicators``: refuse candidates that are not indicators.

Moves dates-with-units, ordinals, rankings, names and slogans, thresholds,
idioms and the targets of a plan for the next period from ``doc.spans["indicators"]`` to ``doc.spans["lawgov_rejected"]``,
each with its reason in ``span._.lawgov["reason"]``, and logs them at DEBUG.
Then every other numeral of the text that is neither a mention nor already
refused (dates, 第三季度, list markers, 1.2.3, 1,2,3, 1/3, 八五 …: see
:func:`~lawgov_nlp.rules.nonindicators.unclaimed_numerals`) is added to
``doc.spans["lawgov_rejected"]`` with its reason, so every numeral of the
text is accounted for. The group is in text order.
"""
from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.nonindicators import NonIndicatorRules, unclaimed_numerals
from ..rules.quantity_grammar import Quantity
from .quantities import REJECTED_KEY, SPANS_KEY
from ..extensions import get_record, set_record
from ._common import char_span, doc_text, hand_over, require_spans, take_over

logger = logging.getLogger("lawgov_nlp")


class NonIndicatorFilter:
    def __init__(self, nlp: Language, name: str = "lawgov_nonindicators", *, rules: str = "nonindicators.json",
                 spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key
        self.rules = NonIndicatorRules(rules)

    def __call__(self, doc: Doc) -> Doc:
        require_spans(doc, self.spans_key, self.name)
        text = doc_text(doc)
        handed = take_over(doc, self.spans_key)
        if handed is None:
            spans = list(doc.spans.get(self.spans_key, []))
            offsets = [(s.start_char, s.end_char) for s in spans]
            records = [get_record(s) for s in spans]
            quantities = [Quantity.from_record(r) for r in records]
        else:
            spans = None  # (built only if some mention is refused)
            offsets, records, quantities = handed
        keep, drop = [], []
        ends = {q.end for q in quantities}
        for i, (record, q) in enumerate(zip(records, quantities)):
            reason = self.rules.veto(text, q, quantities, ends)
            if reason is None and self.rules.future_plan(record.get("section"), record.get("sentence")):
                reason = "future_plan"
            if reason is None:
                keep.append(i)
            else:
                drop.append((i, reason))
                logger.debug("not an indicator (%s): %r at %d", reason, q.text, q.start)
        if drop:
            if spans is None:
                spans = list(doc.spans[self.spans_key])
            for i, reason in drop:
                set_record(spans[i], {**records[i], "reason": reason})
            doc.spans[self.spans_key] = [spans[i] for i in keep]
        # else: the group stays as it is (what assigning its spans again would give)
        hand_over(doc, self.spans_key, [offsets[i] for i in keep], [records[i] for i in keep],
                  [quantities[i] for i in keep])
        refused = list(doc.spans.get(REJECTED_KEY, [])) + [spans[i] for i, _ in drop]
        claimed = [(r["start"], r["end"]) for r in [*records, *map(get_record, refused)] if r is not None]
        for start, end, reason in unclaimed_numerals(text, claimed):
            span = char_span(doc, start, end, label="REJECTED", text=text)
            if span is not None:
                set_record(span, {"start": start, "end": end, "reason": reason})
                refused.append(span)
        refused.sort(key=lambda s: (s.start_char, s.end_char))
        doc.spans[REJECTED_KEY] = refused
        return doc


@Language.factory(
    "lawgov_nonindicators",
    default_config={"rules": "nonindicators.json", "spans_key": SPANS_KEY},
    requires=["span._.lawgov"],
    assigns=["doc.spans", "span._.lawgov_reason"],
)
def make_nonindicators(nlp: Language, name: str, rules: str, spans_key: str) -> NonIndicatorFilter:
    """Factory. ``rules``: path of the veto word lists (default: bundled)."""
    return NonIndicatorFilter(nlp, name, rules=rules, spans_key=spans_key)
