"""A number that is the subject of its clause takes the predicate after it."""
from __future__ import annotations

from . import register


@register
class SubjectPredicate:
    """A number that is the subject of its clause takes that clause's
    predicate (docs/annotation.md, rule 8): 502家公共场所单位全部评为C级单位 →
    评为 / 公共场所单位. The object is the noun after the number, or the
    subject named before it (班子成员9人分别联系12个执法中队 → 联系 / 班子成员).
    A verb right after the number, before a noun, modifies that noun: 1件执法
    案卷获评全市优秀案卷 → 获评 / 执法案卷.
    """
    name = "subject_predicate"

    def propose(self, ctx, sent, k, left, right, q, done):
        toks = sent.toks
        end = self.modified_np_end(ctx, toks, k)
        if end is not None:  # 1件执法案卷获评…: the verb after the count modifies the noun
            act = ctx.predicate_after(toks, end)
            if act is not None:
                return [{"activity": act, "object": ctx.trim(toks[k + 1:end])}]
        obj = ctx.np_after(toks, k)
        act = ctx.predicate_after(toks, k + 1)
        if act is None:
            return None
        if obj is None:
            obj = ctx.subject_of(left)  # 班子成员9人分别联系12个执法中队: the subject names what is counted
        return [{"activity": act, "object": obj}]

    @staticmethod
    def modified_np_end(ctx, toks, k):
        """The end of a noun phrase after the count that opens with a verb
        modifying its noun: 1件/执法/v 案卷/n 获评…, 15名/新/a 录用/v 人员/n
        全部通过…, 95%/涉税/v 事项/n 实现…; None when the words after the count
        are not (adjectives,) one verb, then nouns."""
        j = k + 1
        while j < len(toks) and toks[j].pos in ("a", "b"):
            j += 1
        if j >= len(toks) or toks[j].pos != "v" or toks[j].text in ctx.adverbs:
            return None
        j += 1
        end = j
        while end < len(toks) and toks[end].pos in ctx.noun_pos and toks[end].pos != "vn" \
                and toks[end].text not in ctx.adverbs:
            end += 1
        return end if end > j else None
