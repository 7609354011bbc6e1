"""The orchestrator: each quantity's sentence tokenized once, its clause
found, and the constructions tried in the order ``construction_order`` of
``data/attachment.json`` gives — the first that proposes links wins, the
refiners then rewrite each link, and a table-like line's label wraps it all.
"""
from __future__ import annotations

import bisect
import logging

from ..quantity_grammar import Quantity
from .constructions import get_construction
from .context import CARRIED, Context, Link, Sentence, line_of
from .tokens import Tok, Tokenizer

logger = logging.getLogger("lawgov_nlp")

#: the name given to a quantity no construction could read (no token of its own, or a rule failed)
NO_TOKEN = "none"
FAILED = "error"
#: the key of a link holding the name of the construction that produced it
RULE = "rule"


class AttachmentRules:
    """Attach each quantity to its governing activity and the object it counts.

    ``tagger``: an object with ``tag(text) -> [(word, pos)]``; ``path``: the
    word lists (and the order of the constructions), ``data/attachment.json``
    by default.
    """

    def __init__(self, tagger, path: str = "attachment.json"):
        self.tagger = tagger
        self.ctx = Context(path)
        self.tokenizer = Tokenizer(tagger, self.ctx)
        self.constructions = [get_construction(name) for name in self.ctx.construction_order]
        self.refiners = [get_construction(name) for name in self.ctx.construction_refiners]
        self.line_label = get_construction("line_label")

    # -- entry points ------------------------------------------------------

    def attach(self, text: str, sentences: list[tuple[int, int]], quantities: list[Quantity],
               explain: bool = False, tokens: dict | None = None):
        """One list of links per quantity (same order as ``quantities``): dicts
        with ``activity`` and ``object`` (``[start, end]`` or None) and, under
        ``"rule"``, the name of the construction that produced them (internal:
        the attacher component drops it before writing the links on a span).

        With ``explain=True``, also those names as a parallel list:
        ``(links, names)``. A
        refiner that rewrote them is appended after ``+``
        (``verb_before+verb_object_compound``), and so is ``line_label`` when a
        table-like line's label was read as the number's left context or gave
        its object (``verb_before+line_label``); ``line_label`` alone when the
        label is the activity; ``none`` for a quantity with no token of its
        own; ``error`` when a construction raised.

        ``tokens``, when given, receives each sentence's tokens and the indices
        of its quantities, ``{(s0, s1): (toks, idx)}``: the learned scorer reads
        the very tokens the rules read, without tagging the sentence again."""
        links: list[list[Link]] = [[] for _ in quantities]
        names: list[str] = [NO_TOKEN for _ in quantities]
        by_sentence: dict[tuple[int, int], list[int]] = {}
        starts = [s for s, _ in sentences]
        for i, q in enumerate(quantities):
            k = bisect.bisect_right(starts, q.start) - 1
            sent = sentences[k] if k >= 0 and q.start < sentences[k][1] else line_of(text, q.start)
            by_sentence.setdefault(tuple(sent), []).append(i)
        carry, carry_end = None, -1  # the first count's links in the sentence before
        for (s0, s1), idx in by_sentence.items():
            sentence = Sentence(text, self.tokenize(text, s0, s1, [(i, quantities[i]) for i in idx]))
            if tokens is not None:
                tokens[(s0, s1)] = (sentence.toks, idx)
            done: dict[int, list[Link]] = {}
            if carry is not None and "\n" not in text[carry_end:s0]:
                done[CARRIED] = carry  # …受理…1,832件，按时办结率100%。其中施工许可1,126件
            for i in idx:
                try:
                    found, names[i] = self._attach_one(sentence, quantities[i], i, done)
                except Exception:  # noqa: BLE001 - a rule bug must not lose the document's mentions
                    logger.exception("attachment failed for %r in %r: the mention is kept without activity",
                                     quantities[i].text, text[s0:s1][:80])
                    found, names[i] = [{"activity": None, "object": None}], FAILED
                links[i] = done[i] = [{**link, RULE: names[i]} for link in found]
            counted = [i for i in idx if quantities[i].kind in ("count", "money") and any(
                link.get("activity") for link in done[i])]
            # (the sentence's first count is the one a following 其中 breaks down: 受理…3,418件，办结3,418件。其中…)
            carry, carry_end = (done[counted[0]], s1) if counted else (None, -1)
        return (links, names) if explain else links

    def tokenize(self, text: str, s0: int, s1: int, qs: list[tuple[int, Quantity]]) -> list[Tok]:
        """Tokens of the sentence ``text[s0:s1]`` holding the quantities ``qs``
        (pairs of the quantity's index and the quantity): quantities and quoted
        names whole, the rest from the tagger."""
        return self.tokenizer.tokenize(text, s0, s1, qs)

    # -- one quantity ------------------------------------------------------

    def _attach_one(self, sent: Sentence, q: Quantity, qi: int, done: dict) -> tuple[list[Link], str]:
        toks = sent.toks
        k = sent.token_of(qi)
        if k is None:  # overlapping quantities: no token of its own, so no attachment
            return [{"activity": None, "object": None}], NO_TOKEN
        c0, c1 = sent.clause(self.ctx, k)
        left = toks[c0:k]
        right = toks[k + 1:c1]
        label = self.line_label.label(self.ctx, sent, c0)
        if label is None:
            later = self.line_label.later_label(self.ctx, sent, c0) if q.kind == "count" else None
            if later is not None:
                return self.line_label.label_as_object(self.ctx, sent, k, later, left, right, q, done, self._propose)
            return self._propose(sent, k, left, right, q, done)
        return self.line_label.attach(self.ctx, sent, k, label, left, right, q, done, self._propose)

    def _propose(self, sent: Sentence, k: int, left: list[Tok], right: list[Tok], q: Quantity,
                 done: dict) -> tuple[list[Link], str]:
        """The links of the first construction that proposes some, refined, and its name."""
        ctx = self.ctx
        for construction in self.constructions:
            result = construction.propose(ctx, sent, k, left, right, q, done)
            if result:
                name = construction.name
                for refiner in self.refiners:
                    refined = [refiner.refine(ctx, sent, link, q) for link in result]
                    if any(new is not old for new, old in zip(refined, result)):
                        name = f"{name}+{refiner.name}"
                    result = refined
                return result, name
        return [{"activity": None, "object": None}], NO_TOKEN
