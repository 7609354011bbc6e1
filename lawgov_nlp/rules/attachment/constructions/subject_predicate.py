"""A number that is the subject of its clause takes the predicate after it."""
from __future__ import annotations

from . import register


@register
class SubjectPredicate:
    """A number that is the subject of its clause takes that clause's
    predicate (docs/annotation.md, rule 8): 502家公共场所单位全部评为C级单位 →
    评为 / 公共场所单位. The object is the noun after the number, or the
    subject named before it (班子成员9人分别联系12个执法中队 → 联系 / 班子成员).
    """
    name = "subject_predicate"

    def propose(self, ctx, sent, k, left, right, q, done):
        toks = sent.toks
        obj = ctx.np_after(toks, k)
        act = ctx.predicate_after(toks, k + 1)
        if act is None:
            return None
        if obj is None:
            obj = ctx.subject_of(left)  # 班子成员9人分别联系12个执法中队: the subject names what is counted
        return [{"activity": act, "object": obj}]
