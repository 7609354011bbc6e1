"""``lawgov_nonindicators``: refuse candidates that are not indicators.

Moves dates-with-units, ordinals, rankings, names and slogans, thresholds,
idioms and the targets of a plan for the next period from ``doc.spans["indicators"]`` to ``doc.spans["lawgov_rejected"]``,
each with its reason in ``span._.lawgov["reason"]``, and logs them at DEBUG.
"""
from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.nonindicators import NonIndicatorRules
from ..rules.quantity_grammar import Quantity
from .quantities import REJECTED_KEY, SPANS_KEY
from ..extensions import get_record, set_record
from ._common import doc_text

logger = logging.getLogger("lawgov_nlp")


class NonIndicatorFilter:
    def __init__(self, nlp: Language, name: str = "lawgov_nonindicators", *, rules: str = "nonindicators.json",
                 spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key
        self.rules = NonIndicatorRules(rules)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = list(doc.spans.get(self.spans_key, []))
        records = [get_record(s) for s in spans]
        quantities = [Quantity.from_record(r) for r in records]
        keep, drop = [], []
        ends = {q.end for q in quantities}
        for span, record, q in zip(spans, records, quantities):
            reason = self.rules.veto(text, q, quantities, ends)
            if reason is None and self.rules.future_plan(record.get("section"), record.get("sentence")):
                reason = "future_plan"
            if reason is None:
                keep.append(span)
            else:
                set_record(span, {**record, "reason": reason})
                drop.append(span)
                logger.debug("not an indicator (%s): %r at %d", reason, q.text, q.start)
        doc.spans[self.spans_key] = keep
        doc.spans[REJECTED_KEY] = list(doc.spans.get(REJECTED_KEY, [])) + drop
        return doc


@Language.factory(
    "lawgov_nonindicators",
    default_config={"rules": "nonindicators.json", "spans_key": SPANS_KEY},
)
def make_nonindicators(nlp: Language, name: str, rules: str, spans_key: str) -> NonIndicatorFilter:
    """Factory. ``rules``: path of the veto word lists (default: bundled)."""
    return NonIndicatorFilter(nlp, name, rules=rules, spans_key=spans_key)
