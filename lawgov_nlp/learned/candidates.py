"""Candidates and features for the learned activity scorer.

For one mention the candidates are the content words of its sentence within a
bounded window (``WINDOW_LEFT`` tokens before, ``WINDOW_RIGHT`` after) plus
"none". Each candidate is described by a handful of string features (signed
distance, POS of the word and its neighbours, what lies between it and the
number, lexicon classes from ``data/attachment.json``, the unit's kind and
the word itself). The rules' own candidate carries one more group of
features: that it is the rules' choice, and the name of the construction that
made it (``rule_features``), so the model learns how far each construction
is to be trusted instead of treating every rule answer alike (in
document-grouped cross-validation this lifted the final decision from +6 to
+18 mentions of activity and from -11 to +11 of object over the rules alone,
out of 2,537). ``scorer.py`` still weighs the model against the rules with a
margin. Features are strings so the
weights file stays readable; counts between a candidate and the number come
from prefix sums built once per sentence, so a mention costs O(window).
"""
from __future__ import annotations

import bisect
from itertools import accumulate
from dataclasses import dataclass

from ..rules.lexicons import load_json

#: tokens looked at before and after the number (the sentence is the outer bound)
WINDOW_LEFT = 16
WINDOW_RIGHT = 8
NONE = "<none>"

_QUANTITY_POS = "Q"
_PUNCT_POS = "x"
_VERBISH = frozenset({"v", "vn", "vd", "vi", "vg"})
_NOUNISH = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "l", "i", "an"})
_SKIP_POS = frozenset({_QUANTITY_POS, _PUNCT_POS, "m", "q", "mq", "u", "uj", "ul", "ud", "uz", "ug", "uv",
                       "c", "y", "e", "o", "w"})


@dataclass(slots=True)
class Candidate:
    """One candidate for a mention's activity: a token, or none (``index`` -1)."""

    index: int
    start: int | None
    end: int | None
    features: list[str]


class Lexicon:
    """Word classes the features name (the attachment rules' own lists)."""

    def __init__(self, path: str = "attachment.json"):
        d = load_json(path)
        self.light = frozenset(d["light_verbs"])
        self.pivot = frozenset(d["pivot_verbs"])
        self.copulas = frozenset(d["copulas"])
        self.existential = frozenset(d["existential_verbs"])
        self.reporting = frozenset(d["reporting_verbs"])
        self.attending = frozenset(d["attending_verbs"])
        self.result = frozenset(d["result_verbs"])
        self.breaks = frozenset(d["clause_breaks"])
        self.breakdown = frozenset(d["breakdown_markers"])
        self.preps = frozenset(d["prepositions_before_count"]) | frozenset(d["relabel_as_preposition"])
        self.action_nouns = tuple(sorted(d["action_nouns"], key=len, reverse=True))
        self.event_suffixes = tuple(d["event_noun_suffixes"])
        self.rate_suffixes = tuple(d["rate_suffixes"])
        self.metric_suffixes = tuple(d["metric_suffixes"])
        self.money_nouns = frozenset(d["money_activity_nouns"])
        #: 同比, 较上年 …: never an activity or object (a change's activity is what changed)
        self.comparators = frozenset(load_json("quantity_context.json")["change"].get("comparators", []))
        self._classes: dict[str, tuple[str, ...]] = {}

    def classes(self, word: str) -> tuple[str, ...]:
        """Lexicon classes of a word (memoized: a function of the word)."""
        got = self._classes.get(word)
        if got is not None:
            return got
        out = []
        for name, members in (("light", self.light), ("pivot", self.pivot), ("copula", self.copulas),
                              ("exist", self.existential), ("report", self.reporting),
                              ("attend", self.attending), ("result", self.result),
                              ("breakdown", self.breakdown), ("prep", self.preps), ("money", self.money_nouns)):
            if word in members:
                out.append(name)
        for name, suffixes in (("action", self.action_nouns), ("event", self.event_suffixes),
                               ("rate", self.rate_suffixes), ("metric", self.metric_suffixes)):
            if word.endswith(suffixes):
                out.append(name)
        if word.endswith("率") or word.endswith("度"):
            out.append("ratelike")
        got = tuple(out)
        if len(self._classes) > 100_000:
            self._classes.clear()
        self._classes[word] = got
        return got


class SentenceIndex:
    """Prefix counts over a sentence's tokens, built once for all its mentions."""

    __slots__ = ("toks", "starts", "ends", "breaks", "commas", "quants", "verbs", "dui", "nouns", "cpos", "classes", "cand",
                 "token_scores")

    def __init__(self, toks, lex: Lexicon):
        self.toks = toks
        self.starts = [t.start for t in toks]  # (sorted: tokens neither overlap nor go back)
        self.ends = [t.end for t in toks]
        pos = [t.pos for t in toks]
        texts = [t.text for t in toks]
        # prefix counts: itertools.accumulate over 0/1 flags (one C loop each)
        breaks = lex.breaks
        self.breaks = _prefix(p == _PUNCT_POS and w in breaks for p, w in zip(pos, texts))
        self.commas = _prefix(w in "，,、" for w in texts)
        self.quants = _prefix(p == _QUANTITY_POS for p in pos)
        self.verbs = _prefix(p in _VERBISH for p in pos)
        preps = lex.preps
        self.dui = _prefix(w in preps for w in texts)
        self.nouns = _prefix(p in _NOUNISH or p == "vn" or p == "nz" for p in pos)
        self.cpos = [_coarse(p) for p in pos]
        self.classes = [lex.classes(w) for w in texts]
        comparators = lex.comparators
        self.cand = [p not in _SKIP_POS and not w.isspace() and w not in comparators for p, w in zip(pos, texts)]
        # the scorer's memo for this sentence: (side, kind) -> token parts by token; (j, side) -> kind-free part
        self.token_scores: dict[tuple, object] = {}


def _prefix(flags) -> list[int]:
    """``[0, f0, f0 + f1, …]``: the prefix sums of the flags (booleans count 1)."""
    return list(accumulate(flags, initial=0))


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3+"


def _dist(d: int) -> str:
    a = abs(d)
    b = str(a) if a <= 3 else ("4-6" if a <= 6 else ("7-10" if a <= 10 else "11+"))
    return ("-" if d < 0 else "+") + b


def _coarse(pos: str) -> str:
    if pos in _VERBISH:
        return pos
    if pos in _NOUNISH:
        return "N"
    return pos


def mention_view(index: SentenceIndex, k: int, quantity) -> tuple:
    """What every candidate of the mention at token ``k`` shares: the unit's
    kind, the clause start, where the number sits in it, its neighbours' POS,
    the nearest verbs on both sides, and the window."""
    toks = index.toks
    n = len(toks)
    kind = quantity.kind or "none"
    lo = max(0, k - WINDOW_LEFT)
    hi = min(n, k + 1 + WINDOW_RIGHT)
    cs = _clause_start(index, k)
    at_start = "qstart" if all(toks[x].pos in _SKIP_POS or toks[x].pos == "d" for x in range(cs, k)) else "qmid"
    before_q = _coarse(toks[k - 1].pos) if k > 0 else "BOS"
    after_q = _coarse(toks[k + 1].pos) if k + 1 < n else "EOS"
    nearest_left_verb = next((j for j in range(k - 1, lo - 1, -1) if toks[j].pos in _VERBISH), None)
    first_right_verb = next((j for j in range(k + 1, hi) if toks[j].pos in _VERBISH), None)
    clause_verbs = _bucket(index.verbs[k] - index.verbs[cs])
    return kind, lo, hi, at_start, before_q, after_q, nearest_left_verb, first_right_verb, clause_verbs


def none_features(view) -> list[str]:
    kind, clause_verbs = view[0], view[8]
    return ["none", f"none|kind={kind}", f"none|clause_verbs={clause_verbs}"]


def surface(t) -> str:
    """A neighbour as a feature sees it: a quantity is one symbol (its digits say
    nothing about what governs it, and would make every context look new)."""
    return "<Q>" if t.pos == _QUANTITY_POS else t.text


def is_candidate(t) -> bool:
    return t.pos not in _SKIP_POS and not t.text.isspace()


def token_features(toks, j: int, side: str, lex: Lexicon) -> list[str]:
    """Features of token ``j`` that do not depend on the mention (beyond its side)."""
    t = toks[j]
    n = len(toks)
    word = t.text
    cpos = _coarse(t.pos)
    prev_pos = _coarse(toks[j - 1].pos) if j > 0 else "BOS"
    next_pos = _coarse(toks[j + 1].pos) if j + 1 < n else "EOS"
    f = [f"pos={cpos}", f"prev={prev_pos}|pos={cpos}", f"next={next_pos}|pos={cpos}", f"w={word}",
         f"w={word}|side={side}", f"len={min(len(word), 4)}|pos={cpos}", f"head={word[-1]}|pos={cpos}",
         f"head={word[-1]}|side={side}", f"wprev={surface(toks[j - 1]) if j > 0 else 'BOS'}|side={side}",
         f"wnext={surface(toks[j + 1]) if j + 1 < n else 'EOS'}|side={side}"]
    f += [f"cls={c}|side={side}" for c in lex.classes(word)]
    return f


def word_kind_features(word: str, kind: str) -> list[str]:
    return [f"w={word}|kind={kind}"]


_DISTS = {d: _dist(d) for d in range(-WINDOW_LEFT - 1, WINDOW_RIGHT + 2)}
_BUCKETS = ("0", "1", "2", "3+")


def relation(index: SentenceIndex, j: int, k: int, view, lex: Lexicon) -> tuple:
    """The candidate-mention relation as a hashable signature of small ints and
    strings (few distinct values: the scorer memoizes the score of each)."""
    if j < k:
        a, b, side = j + 1, k, "L"
    else:
        a, b, side = k + 1, j, "R"
    br, cm, qu, vb = index.breaks, index.commas, index.quants, index.verbs
    return (index.cpos[j], side, _DISTS[j - k], min(br[b] - br[a], 3), min(cm[b] - cm[a], 3),
            min(qu[b] - qu[a], 3), min(vb[b] - vb[a], 3), min(index.dui[b] - index.dui[a], 1),
            (b - a) == (index.nouns[b] - index.nouns[a]), j == view[6], j == view[7], view[0], view[3], view[4],
            view[5], index.classes[j])


def relation_features(sig: tuple) -> list[str]:
    cpos, side, dist, brk, com, qs, vs, dui, allnoun, nlv, frv, kind, at_start, before_q, after_q, classes = sig
    brk1 = "0" if brk == 0 else "1"
    brk, com, qs, vs = _BUCKETS[brk], _BUCKETS[com], _BUCKETS[qs], _BUCKETS[vs]
    f = [f"pos={cpos}|d={dist}", f"side={side}|brk={brk}", f"side={side}|com={com}", f"side={side}|qs={qs}",
         f"side={side}|vs={vs}", f"pos={cpos}|brk={brk1}|side={side}", f"pos={cpos}|vs={vs}|side={side}",
         f"kind={kind}|pos={cpos}|side={side}", f"dui={dui}|side={side}|pos={cpos}",
         f"{at_start}|side={side}|pos={cpos}", f"afterq={after_q}|side={side}|pos={cpos}",
         f"beforeq={before_q}|side={side}|pos={cpos}", f"allnoun={allnoun}|side={side}|pos={cpos}"]
    if nlv:
        f += ["nearest_left_verb", f"nearest_left_verb|brk={brk1}"]
    if frv:
        f += ["first_right_verb", f"first_right_verb|brk={brk1}|kind={kind}"]
    for c in classes:
        f += [f"cls={c}|kind={kind}", f"cls={c}|d={dist}"]
    return f


def rule_features(link: dict | None, kind: str, prefix: str) -> list[str]:
    """Features of the rules' own candidate: which construction chose it (a
    construction's reliability is learned; ``a+b`` names count each part)."""
    name = (link or {}).get("rule") or "?"
    f = [f"{prefix}rule", f"{prefix}rule|kind={kind}", f"{prefix}rule={name}"]
    if "+" in name:
        f += [f"{prefix}rule~{part}" for part in name.split("+")]
    return f


def _mark_rule(out: list[Candidate], span, features: list[str]) -> None:
    """Add ``features`` to the candidates standing for the rules' span (those
    overlapping it, or "none")."""
    for c in out:
        if (c.start is None) if span is None else (c.start is not None and c.start < span[1] and span[0] < c.end):
            c.features = c.features + features


def candidates(index: SentenceIndex, k: int, quantity, lex: Lexicon, link: dict | None = None) -> list[Candidate]:
    """The candidates for the mention at token ``k`` (``index.toks[k]``), "none"
    first, each with its full feature list (training and inspection; the
    scorer sums the same features through memoized parts). ``link``: the
    rules' link, whose activity's candidates get ``rule_features``."""
    toks = index.toks
    view = mention_view(index, k, quantity)
    out = [Candidate(-1, None, None, none_features(view))]
    for j in range(view[1], view[2]):
        if j == k or not index.cand[j]:
            continue
        t = toks[j]
        side = "L" if j < k else "R"
        f = token_features(toks, j, side, lex) + word_kind_features(t.text, view[0]) \
            + relation_features(relation(index, j, k, view, lex))
        out.append(Candidate(j, t.start, t.end, f))
    if link is not None:
        _mark_rule(out, link.get("activity"), rule_features(link, view[0], "a"))
    return out


def _clause_start(index: SentenceIndex, k: int) -> int:
    """First token of the clause holding token ``k`` (bounded by the window)."""
    lo = max(0, k - WINDOW_LEFT)
    target = index.breaks[k]
    j = k
    while j > lo and index.breaks[j] == target:
        j -= 1
    return j + 1 if index.breaks[j] != target else j


# -- the counted object ----------------------------------------------------------
# The object is ranked over the same candidates with their own weights, plus
# features that place each candidate relative to the activity already chosen
# (V + NP + N, N + NP, a topic before the verb …).

def activity_token(index: SentenceIndex, span) -> int | None:
    """The head (last) token of an activity span, when it lies in the sentence:
    the last token starting before the span's end, if it reaches into the span
    (tokens are sorted and do not overlap, so no earlier one can end later)."""
    if span is None:
        return None
    j = bisect.bisect_left(index.starts, span[1]) - 1
    return j if j >= 0 and span[0] < index.toks[j].end else None


def object_relation(index: SentenceIndex, j: int | None, k: int, aj: int | None) -> tuple:
    """Where candidate ``j`` (None: "none") stands relative to the activity ``aj`` and the number ``k``."""
    if aj is None:
        return ("noact", "none" if j is None else ("L" if j < k else "R"))
    a_side = "L" if aj < k else "R"
    if j is None:
        return ("act", a_side)
    lo, hi = (aj, k) if aj < k else (k, aj)
    if lo < j < hi:
        where = "between"
    elif (j < lo) == (aj < k):
        where = "beyond_act"
    else:
        where = "beyond_q"
    d = j - aj
    a, b = (j + 1, aj) if d < 0 else (aj + 1, j)
    gap_breaks = min(index.breaks[b] - index.breaks[a], 1)
    return ("act", a_side, where, _dist(d) if abs(d) <= WINDOW_LEFT + 1 else "far", gap_breaks,
            index.cpos[j])


def object_relation_features(rel: tuple) -> list[str]:
    if rel[0] == "noact":
        return [f"o_noact|{rel[1]}"]
    if len(rel) == 2:
        return [f"o_none|aside={rel[1]}"]
    _, a_side, where, dist, gap_breaks, cpos = rel
    return [f"o_where={where}|aside={a_side}", f"o_where={where}|pos={cpos}", f"o_dact={dist}",
            f"o_dact={dist}|pos={cpos}", f"o_actbrk={gap_breaks}|where={where}"]


def object_candidates(index: SentenceIndex, k: int, quantity, lex: Lexicon, activity,
                      link: dict | None = None, rule_object=None) -> list[Candidate]:
    """Candidates for the object of the mention at token ``k`` given its activity
    span: the activity's own tokens are not candidates. The candidates of
    ``rule_object`` (the rules' object, as the scorer will weigh it) get the
    ``rule_features`` of ``link``."""
    toks = index.toks
    view = mention_view(index, k, quantity)
    aj = activity_token(index, activity)
    out = [Candidate(-1, None, None, none_features(view) + object_relation_features(object_relation(index, None, k, aj)))]
    for j in range(view[1], view[2]):
        t = toks[j]
        if j == k or not index.cand[j] or (activity and t.start < activity[1] and activity[0] < t.end):
            continue
        side = "L" if j < k else "R"
        f = token_features(toks, j, side, lex) + word_kind_features(t.text, view[0]) \
            + relation_features(relation(index, j, k, view, lex)) \
            + object_relation_features(object_relation(index, j, k, aj))
        out.append(Candidate(j, t.start, t.end, f))
    if link is not None:
        _mark_rule(out, rule_object, rule_features(link, view[0], "o"))
    return out


_NP_POS = frozenset({"N", "vn", "b", "nz", "a"})


def noun_phrase(index: SentenceIndex, j: int, k: int, activity) -> tuple[int, int]:
    """Character span of the noun phrase around token ``j``: neighbouring nominal
    tokens on both sides, never crossing the number, the activity, a verb or
    punctuation (what an analyst reads as "the thing counted")."""
    toks = index.toks

    def nominal(x):
        t = toks[x]
        if x == k or t.pos in (_QUANTITY_POS, _PUNCT_POS) or (activity and t.start < activity[1] and activity[0] < t.end):
            return False
        return index.cpos[x] in _NP_POS or t.text == "的" and 0 < x < len(toks) - 1 and index.cpos[x + 1] in _NP_POS

    a = j
    while a > 0 and nominal(a - 1):
        a -= 1
    b = j
    while b + 1 < len(toks) and nominal(b + 1):
        b += 1
    while a < j and toks[a].text == "的":
        a += 1
    return toks[a].start, toks[b].end
