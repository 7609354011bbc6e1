"""``lawgov_attacher``: the governing activity and counted object of each mention.

Writes ``span._.lawgov["links"]`` (one ``{"activity": [s, e], "object": [s, e]}``
per activity: coordinated rates sharing a number get two), read back as
``span._.activity`` / ``span._.object`` / ``span._.activities``. The tagger
is chosen by name from ``registry.misc`` (default ``lawgov.jieba_tagger.v1``;
``lawgov.hanlp_tagger.v1`` with the ``[hanlp]`` extra).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.attachment import AttachmentRules
from ..rules.quantity_grammar import Quantity
from ..tagging import get_tagger
from ..extensions import get_record, set_record
from ._common import doc_outline, doc_text
from .quantities import SPANS_KEY



class ActivityAttacher:
    def __init__(self, nlp: Language, name: str = "lawgov_attacher", *, tagger: str = "lawgov.jieba_tagger.v1",
                 rules: str = "attachment.json", spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key
        self.tagger_name = tagger
        self.rules_path = rules
        self._rules = None  # built on first use: loading jieba's model costs ~1 s

    def __getstate__(self):
        # A pipeline that has run holds jieba's model (and its lock): a pickled
        # copy (nlp.pipe / extract_many with n_process > 1) builds its own.
        state = self.__dict__.copy()
        state["_rules"] = None
        return state

    @property
    def rules(self) -> AttachmentRules:
        if self._rules is None:
            self._rules = AttachmentRules(get_tagger(self.tagger_name), self.rules_path)
        return self._rules

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = list(doc.spans.get(self.spans_key, []))
        if not spans:
            return doc
        records = [get_record(s) for s in spans]
        quantities = [Quantity.from_record(r) for r in records]
        outline = doc_outline(doc)
        links = self.rules.attach(text, outline.sentences, quantities)
        for span, record, span_links in zip(spans, records, links):
            set_record(span, {**record, "links": [_public(link) for link in span_links]})
        return doc


def _public(link: dict) -> dict:
    """A link as stored on the span: activity and object (the rule name is internal)."""
    if "rule" in link:
        link = {k: v for k, v in link.items() if k != "rule"}
    return link


@Language.factory(
    "lawgov_attacher",
    default_config={"tagger": "lawgov.jieba_tagger.v1", "rules": "attachment.json", "spans_key": SPANS_KEY},
)
def make_attacher(nlp: Language, name: str, tagger: str, rules: str, spans_key: str) -> ActivityAttacher:
    """Factory. ``tagger``: a name in ``registry.misc`` returning an object
    with ``tag(text) -> [(word, pos)]``; ``rules``: attachment word lists."""
    return ActivityAttacher(nlp, name, tagger=tagger, rules=rules, spans_key=spans_key)
