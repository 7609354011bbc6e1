"""A count, its noun, then 全部/均 + predicate: the count is the subject."""
from __future__ import annotations

from . import register
from .subject_predicate import SubjectPredicate


@register
class Totality:
    """A count followed by 全部/均 (``totality_adverbs``) and a predicate is
    that predicate's subject (docs/annotation.md, rule 8), whatever verbs
    stand inside the noun phrase before it: 省级政务服务事项186项全部纳入省一体化
    平台 → 纳入 / 省级政务服务事项; 省级下放的11项行政许可事项全部制定承接清单 →
    制定 / 行政许可事项. Not when a verb before the count governs it (受理…120件，
    全部办结 has its comma; 审查文件25件均…: a verb before the count that no 的
    turns into a modifier leaves the count to ``verb_before``).
    """
    name = "totality"

    def propose(self, ctx, sent, k, left, right, q, done):
        toks = sent.toks
        i = SubjectPredicate.modified_np_end(ctx, toks, k) or k + 1
        while i < len(toks) and toks[i].pos in ctx.noun_pos and toks[i].text not in ctx.totality:
            i += 1
        if i >= len(toks) or toks[i].text not in ctx.totality:
            return None
        for j, t in enumerate(left):
            if t.pos == "v" and not any(u.pos == "uj" for u in left[j + 1:]):
                return None
        act = ctx.predicate_after(toks, i + 1, clause=True)
        if act is None:
            return None
        obj = ctx.trim(toks[k + 1:i]) if i > k + 1 else ctx.subject_of(left)
        return [{"activity": act, "object": obj}]
