"""``lawgov_attacher``: the governing activity and counted object of each mention.

Writes ``span._.lawgov["links"]`` (one ``{"activity": [s, e], "object": [s, e]}``
per activity: coordinated rates sharing a number get two), read back as
``span._.activity`` / ``span._.object`` / ``span._.activities``. The tagger
is chosen by name from ``registry.misc`` (default ``lawgov.jieba_tagger.v1``;
``lawgov.hanlp_tagger.v1`` with the ``[hanlp]`` extra).

Beside the rules sits a learned ranker (``lawgov_nlp.learned``): it scores
the words of each mention's sentence as candidates and replaces the rules'
activity only when it prefers another candidate by more than a margin
(``scorer``: a weights file in ``lawgov_nlp/data/``, or ``""`` for the rules
alone; ``margin``: ``null`` keeps the margin chosen at training time).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.attachment import AttachmentRules
from ..rules.quantity_grammar import Quantity
from ..tagging import get_tagger
from ..extensions import get_record, record_key, set_record
from ..learned.candidates import Lexicon
from ..learned.scorer import ActivityScorer, mention_contexts
from ._common import doc_outline, doc_text, hand_over, require_spans, take_over
from .quantities import SPANS_KEY



class ActivityAttacher:
    def __init__(self, nlp: Language, name: str = "lawgov_attacher", *, tagger: str = "lawgov.jieba_tagger.v1",
                 rules: str = "attachment.json", spans_key: str = SPANS_KEY,
                 scorer: str = "attachment_model.json", margin: float | None = None):
        self.name = name
        self.spans_key = spans_key
        self.tagger_name = tagger
        self.rules_path = rules
        self.scorer_path = scorer
        self.margin = margin
        self._rules = None  # built on first use: loading jieba's model costs ~1 s
        self._scorer = None
        self._use_scorer = bool(scorer)

    def __getstate__(self):
        # A pipeline that has run holds jieba's model (and its lock): a pickled
        # copy (nlp.pipe / extract_many with n_process > 1) builds its own.
        state = self.__dict__.copy()
        state["_rules"] = None
        return state

    @property
    def scorer(self) -> ActivityScorer | None:
        if not self._use_scorer:
            return None
        if self._scorer is None:
            self._scorer = ActivityScorer(self.scorer_path, margin=self.margin, lexicon=self.rules_path)
        return self._scorer

    def scorer_lexicon(self) -> Lexicon:
        """The word classes the scorer's features use (training builds them too)."""
        return self.scorer.lex if self.scorer is not None else Lexicon(self.rules_path)

    @property
    def rules(self) -> AttachmentRules:
        if self._rules is None:
            self._rules = AttachmentRules(get_tagger(self.tagger_name), self.rules_path)
        return self._rules

    def attach_rules(self, doc: Doc):
        """The rules' answer for the doc's mentions: ``(offsets, records,
        quantities, links, sentence_tokens)``: each span's character offsets,
        then the tokens of each sentence holding a mention (what the learned
        scorer reads; training takes the same path)."""
        handed = take_over(doc, self.spans_key)
        if handed is not None:
            offsets, records, quantities = handed
        else:
            spans = list(doc.spans.get(self.spans_key, []))
            offsets = [(s.start_char, s.end_char) for s in spans]
            records = [get_record(s) for s in spans]
            quantities = [Quantity.from_record(r) for r in records]
        sentence_tokens: dict = {}
        links = self.rules.attach(doc_text(doc), doc_outline(doc).sentences, quantities, tokens=sentence_tokens) \
            if offsets else []
        return offsets, records, quantities, links, sentence_tokens

    def __call__(self, doc: Doc) -> Doc:
        require_spans(doc, self.spans_key, self.name)
        if not doc.spans.get(self.spans_key):
            return doc
        offsets, records, quantities, links, sentence_tokens = self.attach_rules(doc)
        scorer = self.scorer
        if scorer is not None:
            for ctx in mention_contexts(scorer.lex, sentence_tokens, links):
                chosen = scorer.decide(ctx, quantities[ctx.qi], links[ctx.qi][0])
                if chosen is not None:
                    links[ctx.qi] = [chosen]
        done = [{**record, "links": [_public(link) for link in span_links]}
                for record, span_links in zip(records, links)]
        if record_key(0, 0) is not None:
            data = doc.user_data
            for (start, end), record in zip(offsets, done):
                data[("._.", "lawgov", start, end)] = record  # (record_key's)
        else:
            for span, record in zip(doc.spans[self.spans_key], done):
                set_record(span, record)
        hand_over(doc, self.spans_key, offsets, done, quantities)
        return doc


def _public(link: dict) -> dict:
    """A link as stored on the span: activity and object (the rule name is internal)."""
    if "rule" in link:
        link = {k: v for k, v in link.items() if k != "rule"}
    return link


@Language.factory(
    "lawgov_attacher",
    default_config={"tagger": "lawgov.jieba_tagger.v1", "rules": "attachment.json", "spans_key": SPANS_KEY,
                    "scorer": "attachment_model.json", "margin": None},
    requires=["span._.lawgov"],
    assigns=["span._.lawgov_activity", "span._.lawgov_object"],
)
def make_attacher(nlp: Language, name: str, tagger: str, rules: str, spans_key: str,
                  scorer: str, margin: float | None) -> ActivityAttacher:
    """Factory. ``tagger`` (str): a name in ``registry.misc`` returning an object
    with ``tag(text) -> [(word, pos)]``; ``rules`` (str): attachment word lists;
    ``scorer`` (str): the learned ranker's weights file ("" for rules alone);
    ``margin`` (float | None): override margin (None: the one chosen in training)."""
    return ActivityAttacher(nlp, name, tagger=tagger, rules=rules, spans_key=spans_key, scorer=scorer,
                            margin=margin)
