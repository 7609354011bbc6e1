"""A number before the action noun it counts."""
from __future__ import annotations

from ..context import span
from ..tokens import QUANTITY_POS
from . import register


@register
class NumberBeforeAction:
    """A number before the verb-noun it counts (docs/annotation.md, rule 3):
    共开展5场20人次监督检查 → both 5场 and 20人次 have activity 监督检查. The
    action noun phrase must close the clause (3轮46人次法治督察); a subject and
    its predicate (14个社区落实整改) or a real verb before the number
    (培训人员80人次参加考试) leave it to other constructions.
    """
    name = "number_before_action"

    def propose(self, ctx, sent, k, left, right, q, done):
        j = 0
        while j < len(right) and right[j].pos == QUANTITY_POS:
            j += 1
        if j >= len(right):
            return None
        rest = right[j:]
        # the action noun phrase must close the clause (共开展5场20人次监督检查。; 3轮46人次法治督察)
        if len(rest) > 3 or not (rest[-1].pos in ("vn", "v") and ctx.is_action(rest[-1].text)):
            return None
        if any(t.pos not in ctx.noun_pos and t.pos not in ("vn", "v") for t in rest):
            return None
        first_noun = next((x for x, t in enumerate(rest) if t.pos in ctx.noun_pos and t.pos != "vn"), None)
        if first_noun is not None and any(t.pos == "v" for t in rest[first_noun + 1:-1]):
            return None  # 14个社区落实整改: a subject and its predicate, not an action noun
        if len(left) and left[-1].pos == "v" and left[-1].text not in ctx.light:
            return None  # 培训人员80人次参加考试: a real verb before the number governs
        return [{"activity": span(rest), "object": None}]
