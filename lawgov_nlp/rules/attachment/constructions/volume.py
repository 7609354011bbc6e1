"""A volume named right before its count: 办件量4.31万件, 调用量突破480万次."""
from __future__ import annotations

from ..context import span
from . import register


@register
class Volume:
    """A noun ending in 量 right before a count names the volume counted, and
    is the activity (as a rate's name is for a percentage): 全年窗口办件量4.31万件
    → 办件量; 电子证照调用/vn 量/n 突破480万次 → 调用量; 累计浏览量超过1,200万人次
    → 浏览量. The place or thing before it (窗口, 电子证照) is no object: the
    volume is the service's own figure. Only the volume word and, when jieba
    split it, the act glued before 量.
    """
    name = "volume"

    def propose(self, ctx, sent, k, left, right, q, done):
        if q.kind != "count" or not left:
            return None
        i = len(left)
        while i > 0 and (left[i - 1].text in ctx.rate_fillers or left[i - 1].pos in ("d", "vshi")):
            i -= 1  # 达, 超过, 突破 (the tagger's fillers between the name and the number)
        if i == 0:
            return None
        last = left[i - 1]
        if not last.text.endswith("量") or last.pos not in ctx.noun_pos:
            return None
        if len(last.text) == 1:
            if i < 2 or left[i - 2].pos not in ("v", "vn"):
                return None
            return [{"activity": span(left[i - 2:i]), "object": None}]  # 调用/vn 量/n
        return [{"activity": span([last]), "object": None}]
