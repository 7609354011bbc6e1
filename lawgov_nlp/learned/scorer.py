"""The learned activity scorer that sits beside the attachment rules.

A conditional log-linear model (softmax over one mention's candidates) whose
weights ship as ``data/attachment_model.json`` and are rebuilt by
``python -m lawgov_nlp.train``. The rules keep their answer unless the model's
best candidate beats the rules' choice by more than ``margin`` (chosen by
cross-validation on the training gold sets, never on a blind set): the
cascade is right most of the time, and the model corrects it where its
evidence is strong.
"""
from __future__ import annotations

import bisect
import json
from dataclasses import dataclass

from ..rules.lexicons import data_path
from .candidates import (_DISTS, WINDOW_LEFT, Lexicon, SentenceIndex, _dist, activity_token, mention_view, noun_phrase,
                         none_features, object_relation_features, relation_features, surface, token_features,
                         word_kind_features)

DEFAULT_MODEL = "attachment_model.json"
#: object_relation()'s distance labels, precomputed
_ODISTS = {d: _dist(d) for d in range(-WINDOW_LEFT - 1, WINDOW_LEFT + 2)}


@dataclass(slots=True)
class MentionContext:
    """What the scorer needs of one mention: its sentence's token index,
    its token position, and the rules' activity."""

    qi: int
    index: SentenceIndex
    k: int
    rule_span: list | None


def mention_contexts(lex: Lexicon, sentence_tokens: dict, links) -> list[MentionContext]:
    """One context per mention with a single link (coordinated rates, which the
    rules split into several links, are left to the rules).

    ``sentence_tokens`` is what ``AttachmentRules.attach(..., tokens=...)``
    filled: each sentence's tokens and its quantities' indices, so the model
    sees the very tokens the rules saw."""
    out = []
    for toks, idx in sentence_tokens.values():
        index = None
        position = {t.q: j for j, t in enumerate(toks) if t.q is not None}
        for i in idx:
            if len(links[i]) != 1 or i not in position:
                continue
            if index is None:
                index = SentenceIndex(toks, lex)
            out.append(MentionContext(i, index, position[i], links[i][0].get("activity")))
    return out


class ActivityScorer:
    """Scores candidates with the shipped weights and decides whether to
    override the rules' activity and object."""

    def __init__(self, path: str = DEFAULT_MODEL, *, margin: float | None = None, lexicon: str = "attachment.json"):
        with open(data_path(path), encoding="utf-8") as f:
            model = json.load(f)
        self._setup(model["activity"]["weights"], model["object"]["weights"],
                    float(model["activity"]["margin"] if margin is None else margin),
                    float(model["object"]["margin"]), lexicon)
        self.meta = {k: v for k, v in model.items() if k not in ("activity", "object")}

    @classmethod
    def from_weights(cls, weights: dict[str, float], margin: float, object_weights: dict[str, float] | None = None,
                     object_margin: float = float("inf"), lexicon: str = "attachment.json") -> "ActivityScorer":
        self = cls.__new__(cls)
        self._setup(weights, object_weights or {}, margin, object_margin, lexicon)
        self.meta = {}
        return self

    def _setup(self, weights, object_weights, margin, object_margin, lexicon):
        self.weights: dict[str, float] = weights
        self.object_weights: dict[str, float] = object_weights
        self.margin = margin
        self.object_margin = object_margin
        self.lex = Lexicon(lexicon)
        self._none_memo, self._word_kind_memo, self._relation_memo, self._token_memo = {}, {}, {}, {}
        self._object_memo: dict = {}

    def _sums(self, features) -> tuple[float, float]:
        w, o = self.weights.get, self.object_weights.get
        return sum(w(f, 0.0) for f in features), sum(o(f, 0.0) for f in features)

    def _memo(self, table: dict, key, make) -> tuple[float, float]:
        got = table.get(key)
        if got is None:
            if len(table) > 200_000:
                table.clear()
            got = table[key] = self._sums(make())
        return got

    def scores(self, index: SentenceIndex, k: int, quantity) -> dict[int, tuple[float, float]]:
        """(activity score, object base score) of each candidate token (-1: none).

        The linear scores are split into parts memoized on what they depend on —
        the token with its neighbours, side and the unit's kind (per sentence,
        then per word context), and the candidate-mention relation (a small
        signature) — so a mention costs a list index and a dictionary lookup per candidate;
        the sums equal those of ``candidates()``'s features (tested). The loop
        is written out, without helper calls, because it is the hot path."""
        toks = index.toks
        view = mention_view(index, k, quantity)
        kind, lo, hi, at_start, before_q, after_q, nlv, frv = view[:8]
        out = {-1: self._memo(self._none_memo, (kind, view[8]), lambda: none_features(view))}
        per_token = index.token_scores
        # the relation memo is keyed by what the mention's candidates share, then by the candidate's part
        # (a shorter tuple to build and hash per candidate)
        shared = (kind, at_start, before_q, after_q)
        relations = self._relation_memo.get(shared)
        if relations is None:
            if len(self._relation_memo) > 10_000:
                self._relation_memo.clear()
            relations = self._relation_memo[shared] = {}
        cand, cpos, classes = index.cand, index.cpos, index.classes
        br, cm, qu, vb, du, no = index.breaks, index.commas, index.quants, index.verbs, index.dui, index.nouns
        for side, first, last in (("L", lo, k), ("R", k + 1, hi)):
            token_parts = per_token.get((side, kind))  # the token parts for this side and kind, by token
            if token_parts is None:
                token_parts = per_token[(side, kind)] = [None] * len(toks)
            for j in range(first, last):
                if not cand[j]:
                    continue
                s = token_parts[j]
                if s is None:
                    s = token_parts[j] = self._token_part(index, j, side, kind)
                a, b = (j + 1, k) if j < k else (k + 1, j)
                d = br[b] - br[a]
                c = cm[b] - cm[a]
                q = qu[b] - qu[a]
                v = vb[b] - vb[a]
                sig = (cpos[j], side, _DISTS[j - k], d if d < 3 else 3, c if c < 3 else 3, q if q < 3 else 3,
                       v if v < 3 else 3, 1 if du[b] - du[a] else 0, (b - a) == (no[b] - no[a]), j == nlv, j == frv,
                       classes[j])
                r = relations.get(sig)
                if r is None:  # (relation()'s order: the candidate's part, then the shared part)
                    r = self._memo(relations, sig, lambda: relation_features(sig[:11] + shared + sig[11:]))
                out[j] = (s[0] + r[0], s[1] + r[1])
        return out

    def _token_part(self, index: SentenceIndex, j, side, kind) -> tuple[float, float]:
        """Score parts of token ``j`` that depend on it, its neighbours, its side and the unit's kind.

        The part without the kind is kept in the sentence's memo under
        ``(j, side)``: a dense sentence (a flattened table) asks for each token
        with several kinds, and its memo key costs more than the sum."""
        toks = index.toks
        t = toks[j]
        per_token = index.token_scores
        a = per_token.get((j, side))
        if a is None:
            prev = toks[j - 1] if j > 0 else None
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            key = (t.text, t.pos, side, prev and surface(prev), prev and prev.pos, nxt and surface(nxt),
                   nxt and nxt.pos)
            a = per_token[(j, side)] = self._memo(self._token_memo, key,
                                                  lambda: token_features(toks, j, side, self.lex))
        b = self._memo(self._word_kind_memo, (t.text, kind), lambda: word_kind_features(t.text, kind))
        return a[0] + b[0], a[1] + b[1]

    def object_scores(self, index: SentenceIndex, k: int, scores: dict, act) -> dict[int, float]:
        """Object score of each candidate of ``scores`` given the activity span
        ``act``: its base score plus the part that places it relative to the
        activity. ``candidates.object_relation()``, written out: this loop runs
        for every candidate of every mention (its sums equal those of
        ``object_candidates()``'s features: tested). The activity's own tokens
        (not candidates) are one run of token indices, found by bisection."""
        toks = index.toks
        aj = activity_token(index, act)
        memo = self._object_memo
        out = {}
        br, cpos = index.breaks, index.cpos
        a0, a1 = _covering(index, act) if act else (0, 0)
        if aj is None:
            for j, s in scores.items():
                if a0 <= j < a1:
                    continue  # the activity's own words are not its object
                rel = ("noact", "none") if j == -1 else ("noact", "L" if j < k else "R")
                part = memo.get(rel)
                if part is None:
                    part = self._object_part(rel)
                out[j] = s[1] + part
            return out
        a_side = "L" if aj < k else "R"
        lo, hi = (aj, k) if aj < k else (k, aj)
        left_act = aj < k
        for j, s in scores.items():
            if j == -1:
                rel = ("act", a_side)
            else:
                if a0 <= j < a1:
                    continue  # the activity's own words are not its object
                d = j - aj
                a, b = (j + 1, aj) if d < 0 else (aj + 1, j)
                rel = ("act", a_side, "between" if lo < j < hi else (
                    "beyond_act" if (j < lo) == left_act else "beyond_q"),
                    _ODISTS.get(d, "far"), 1 if br[b] - br[a] else 0, cpos[j])
            part = memo.get(rel)
            if part is None:
                part = self._object_part(rel)
            out[j] = s[1] + part
        return out

    def _object_part(self, rel: tuple) -> float:
        o = self.object_weights.get
        part = self._object_memo[rel] = sum(o(f, 0.0) for f in object_relation_features(rel))
        return part

    def decide(self, ctx: MentionContext, quantity, link: dict) -> dict | None:
        """The link with the model's activity and object where it overrides the
        rules by more than the margins, or None to keep the rules' link.
        (``max(d, key=...)`` is the first key with the largest value: so is
        ``keys[values.index(max(values))]``, without a call per candidate.)"""
        index, k = ctx.index, ctx.k
        scores = self.scores(index, k, quantity)
        toks = index.toks
        act = link.get("activity")
        new = None
        keys = list(scores)
        values = [v[0] for v in scores.values()]
        top = max(values)
        best = keys[values.index(top)]
        rule = _overlapping(index, scores, act)
        if rule and best not in rule and top - max(scores[r][0] for r in rule) > self.margin:
            act = None if best == -1 else [toks[best].start, toks[best].end]
            new = {**link, "activity": act}
            obj = link.get("object")
            if obj and act and obj[0] < act[1] and act[0] < obj[1]:
                new["object"] = None
        if self.object_weights:
            obj = (new or link).get("object")
            cands = self.object_scores(index, k, scores, act)
            values = list(cands.values())
            top = max(values)
            best = list(cands)[values.index(top)]
            rule = _overlapping(index, cands, obj)
            if rule and best not in rule and top - max(cands[r] for r in rule) > self.object_margin:
                new = {**(new or link), "object": None if best == -1 else list(noun_phrase(index, best, k, act))}
        return new


def _covering(index: SentenceIndex, span) -> tuple[int, int]:
    """The run ``[a, b)`` of the tokens overlapping the character span (tokens
    are sorted and do not overlap: their ends ascend with their starts)."""
    return bisect.bisect_right(index.ends, span[0]), bisect.bisect_left(index.starts, span[1])


def _overlapping(index: SentenceIndex, scores, span) -> list[int]:
    """Candidates standing for a span: the tokens overlapping it, or "none"."""
    if span is None:
        return [-1]
    a, b = _covering(index, span)
    return [j for j in range(a, b) if j in scores]
