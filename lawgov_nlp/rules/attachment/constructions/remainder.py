"""The rest of a count, subject of its own predicate: 另2件仍在审理中."""
from __future__ import annotations

from ..tokens import QUANTITY_POS
from . import register


@register
class Remainder:
    """The rest of the count before (docs/annotation.md, rule 8: a count in the
    subject takes its clause's predicate): 一审胜诉4件，另1件仍在审理中 → 1件:
    审理; 其余17件正在按时序推进 → 推进; 另2件申请人主动撤回 → 撤回. What it
    counts is the parent's object, left out, so there is no object; a count
    after no such pronoun counts the noun after it (全年共有17家企业因…被列入
    → 列入 / 企业).

    Only when nothing but a marker (另, 其余, 另有: no noun, no verb other than
    an existential one) stands before the count in its clause, a count stands
    before it in the sentence, and the predicate comes before any other count
    or list item of the clause.
    """
    name = "remainder"

    def propose(self, ctx, sent, k, left, right, q, done):
        toks = sent.toks
        if not left or any(t.pos in ctx.noun_pos or t.pos in ("v", "vn") and t.text not in ctx.existential
                           for t in left):
            return None
        if not any(t.pos == QUANTITY_POS for t in toks[:k - len(left)]):
            return None
        for j in range(k + 1, k + 1 + len(right)):
            t = toks[j]
            if t.pos == QUANTITY_POS or t.text == "、":
                return None
            if t.pos in ("v", "vn") and t.text not in ctx.adverbs:
                # 全年共有17家企业被列入: no 另/其余 (a pronoun), so the noun after the count is what it counts
                obj = None if any(t.pos == "r" for t in left) else ctx.np_after(toks, k)
                return [{"activity": ctx.verb_compound_right(toks, j), "object": obj}]
        return None
