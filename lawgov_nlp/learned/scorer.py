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
        self._object_fast: dict = {}
        self._ids: dict[tuple, int] = {}
        self._id_values: list[tuple] = []

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
        is written out, without helper calls, because it is the hot path: one
        loop per side, with the number's prefix counts read once, and the
        relation memo keyed by what decides it in small ints (the token's
        coarse POS and lexicon classes as one interned id, the signed distance
        itself rather than its bucket)."""
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
        cand = index.cand
        br, cm, qu, vb, du, no = index.breaks, index.commas, index.quants, index.verbs, index.dui, index.nouns
        token_part = self._token_part
        # left of the number: the counts over tokens j+1 .. k-1
        parts = per_token.get(("L", kind))  # the token parts for this side and kind, by token
        if parts is None:
            parts = per_token[("L", kind)] = [None] * len(cand)
        bk, ck, qk, vk, dk, nk = br[k], cm[k], qu[k], vb[k], du[k], no[k]
        for j in range(lo, k):
            if not cand[j]:
                continue
            s = parts[j]
            if s is None:
                s = parts[j] = token_part(index, j, "L", kind)
            a = j + 1
            d = bk - br[a]
            c = ck - cm[a]
            q = qk - qu[a]
            v = vk - vb[a]
            # (no first right verb stands left of the number)
            sig = (s[2], j - k, d if d < 3 else 3, c if c < 3 else 3, q if q < 3 else 3, v if v < 3 else 3,
                   1 if dk - du[a] else 0, (k - a) == (nk - no[a]), j == nlv)
            r = relations.get(sig)
            if r is None:
                r = self._relation(relations, sig, False, shared)
            out[j] = (s[0] + r[0], s[1] + r[1])
        # right of the number: the counts over tokens k+1 .. j-1
        parts = per_token.get(("R", kind))
        if parts is None:
            parts = per_token[("R", kind)] = [None] * len(cand)
        a = k + 1
        ba, ca, qa, va, da, na = br[a], cm[a], qu[a], vb[a], du[a], no[a]
        for j in range(a, hi):
            if not cand[j]:
                continue
            s = parts[j]
            if s is None:
                s = parts[j] = token_part(index, j, "R", kind)
            d = br[j] - ba
            c = cm[j] - ca
            q = qu[j] - qa
            v = vb[j] - va
            # (no nearest left verb stands right of the number)
            sig = (s[2], j - k, d if d < 3 else 3, c if c < 3 else 3, q if q < 3 else 3, v if v < 3 else 3,
                   1 if du[j] - da else 0, (j - a) == (no[j] - na), j == frv)
            r = relations.get(sig)
            if r is None:
                r = self._relation(relations, sig, True, shared)
            out[j] = (s[0] + r[0], s[1] + r[1])
        return out

    def _relation(self, relations: dict, sig: tuple, right: bool, shared: tuple) -> tuple[float, float]:
        """The relation part of a candidate's score, from its memo key: the
        signature ``candidates.relation()`` gives, in its order (the
        candidate's part, the shared part, the classes), summed as ``_memo`` sums."""
        cpos, classes = self._id_values[sig[0]]
        flag = sig[8]
        full = (cpos, "R" if right else "L", _DISTS[sig[1]], *sig[2:8], flag and not right, flag and right,
                *shared, classes)
        return self._memo(relations, sig, lambda: relation_features(full))

    def _token_part(self, index: SentenceIndex, j, side, kind) -> tuple[float, float, int]:
        """Score parts of token ``j`` that depend on it, its neighbours, its side
        and the unit's kind, and the token's (coarse POS, lexicon classes) as a
        small int shared by every sentence (the relation memo's key: the table
        is never cleared, it holds one entry per tag and combination of
        classes met, a few hundred).

        The part without the kind is kept in the sentence's memo, in a list
        by token under ``side``: a dense sentence (a flattened table) asks for
        each token with several kinds, and a memo key costs more than the sum."""
        toks = index.toks
        t = toks[j]
        per_token = index.token_scores
        free = per_token.get(side)
        if free is None:
            free = per_token[side] = [None] * len(toks)
        a = free[j]
        if a is None:
            prev = toks[j - 1] if j > 0 else None
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            key = (t.text, t.pos, side, prev and surface(prev), prev and prev.pos, nxt and surface(nxt),
                   nxt and nxt.pos)
            a = free[j] = self._memo(self._token_memo, key, lambda: token_features(toks, j, side, self.lex))
        key = (t.text, kind)
        b = self._word_kind_memo.get(key)
        if b is None:
            b = self._memo(self._word_kind_memo, key, lambda: word_kind_features(t.text, kind))
        key = (index.cpos[j], index.classes[j])
        tid = self._ids.get(key)
        if tid is None:
            tid = self._ids[key] = len(self._id_values)
            self._id_values.append(key)
        return a[0] + b[0], a[1] + b[1], tid

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
        # the relation's memo keyed by small ints: where the candidate stands (0 between the activity
        # and the number, 1 beyond the activity, 2 beyond the number; negative with the activity on the
        # right), the signed distance itself, a break between them, its coarse POS
        fast = self._object_fast
        side = 1 if left_act else -1
        part = memo.get(("act", a_side))
        if part is None:
            part = self._object_part(("act", a_side))
        for j, s in scores.items():
            if j == -1:
                out[j] = s[1] + part
                continue
            if a0 <= j < a1:
                continue  # the activity's own words are not its object
            d = j - aj
            a, b = (j + 1, aj) if d < 0 else (aj + 1, j)
            key = (side * (0 if lo < j < hi else (1 if (j < lo) == left_act else 2) + 1), d,
                   1 if br[b] - br[a] else 0, cpos[j])
            got = fast.get(key)
            if got is None:
                where = "between" if lo < j < hi else ("beyond_act" if (j < lo) == left_act else "beyond_q")
                rel = ("act", a_side, where, _ODISTS.get(d, "far"), key[2], key[3])
                got = memo.get(rel)
                if got is None:
                    got = self._object_part(rel)
                if len(fast) > 200_000:
                    fast.clear()
                fast[key] = got
            out[j] = s[1] + got
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
