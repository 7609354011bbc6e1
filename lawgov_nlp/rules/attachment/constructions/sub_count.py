"""A count in parentheses after a count: a sub-count of it (12个事项（30个子项））."""
from __future__ import annotations

from ..tokens import QUANTITY_POS
from . import register

OPEN = ("（", "(")


@register
class SubCount:
    """A count opening a parenthesis right after another count, or after that
    count's noun phrase, counts parts of the same things (docs/annotation.md,
    "Parenthesised sub-counts"): it takes that count's activity, and
    the noun after it as object (承接省级下放行政权力事项23项（56个子项） → 56个:
    承接 / 子项; 编制12个事项（30个子项）办事指南 → 30个: 编制 / 子项).
    Not a parenthesis that opens with a word (（含上年结转8件）, （同比增加…）):
    those are other constructions'.
    """
    name = "sub_count"

    def propose(self, ctx, sent, k, left, right, q, done):
        toks = sent.toks
        if k < 2 or toks[k - 1].text not in OPEN or q.kind != "count" or q.change:
            # (（同比增加2,107件）: a change of the count before, the change construction's)
            return None
        j = k - 2
        # back over the noun phrase of the count before (12个【高频事项】（47个子项）)
        while j >= 0 and toks[j].pos != QUANTITY_POS and toks[j].pos in ctx.noun_pos and toks[j].pos != "vn":
            j -= 1
        if j < 0 or toks[j].pos != QUANTITY_POS or toks[j].kind != "count" or toks[j].q is None:
            return None
        parent = done.get(toks[j].q)
        if not parent or not parent[0].get("activity"):
            return None
        return [{"activity": parent[0]["activity"], "object": ctx.np_after(toks, k)}]
