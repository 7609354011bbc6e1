"""The fallback: no activity, the noun phrase before the number is counted."""
from __future__ import annotations

from ..context import unquote
from ..tokens import QUANTITY_POS, QUOTED_POS
from . import register


@register
class Nominal:
    """When no construction proposes an activity, the quantity has none and
    the noun phrase before it is what it counts (docs/annotation.md, stock
    counts): 公证机构112家 → no activity, object 公证机构; 直接受众超过600万人次 →
    object 受众. A clause with no predicate and no event noun (受众1.4万余人次)
    leaves the activity empty. It always proposes, so it comes last.
    """
    name = "nominal"

    def propose(self, ctx, sent, k, left, right, q, done):
        # 公证机构112家: no activity; the noun phrase before the number is what it counts
        np = ctx.after_marker(left) if ctx.opens_breakdown(left) else left
        for x in range(len(np) - 1, -1, -1):
            if np[x].pos == QUANTITY_POS or np[x].text in "、":
                np = np[x + 1:]
                break
        while np and (np[-1].pos in ("vshi", "d") or np[-1].text in ctx.rate_fillers
                      or np[-1].text in ctx.level_words):
            np = np[:-1]  # 直接受众超过600万人次
        while np and np[0].pos in ("d", "ad", "c", "p", "t"):
            np = np[1:]
        nominal = np and all(t.pos in ctx.noun_pos or t.pos == QUOTED_POS for t in np)
        return [{"activity": None, "object": unquote(sent.text, ctx.trim(np)) if nominal else None}]
