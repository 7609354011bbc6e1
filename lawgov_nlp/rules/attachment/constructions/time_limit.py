"""A time limit belongs to the act after it."""
from __future__ import annotations

from ..tokens import PUNCT_POS, QUOTED_POS
from . import register


@register
class TimeLimit:
    """A time limit written with 内 or 以内 is ``at_most`` and its activity is
    the act it limits, which usually follows (docs/annotation.md):

    - 在5日内作出决定 → 作出; 在5个工作日内办结 → 办结;
    - the object is what the act is done to: named after it (即可获得审查决定),
      or the clause's topic (食品经营许可新办申请承诺在5个工作日内办结).
    """
    name = "time_limit"

    def propose(self, ctx, sent, k, left, right, q, done):
        if q.kind != "duration" or q.qualifier != "at_most":
            return None
        j = 0
        while j < len(right) and (right[j].text in ctx.adverbs or right[j].pos in ("d", "p") or (
                right[j].text in ctx.dui_predicates and right[j].text not in ctx.result_verbs)):
            j += 1
        if j < len(right) and right[j].pos in ("v", "vn"):
            act = ctx.verb_compound_right(right, j)
            # what the act is done to: named after it (即可获得审查决定), or the clause's topic
            # (食品经营许可新办申请承诺在5个工作日内办结)
            x = next(i for i, t in enumerate(right) if t.end == act[1]) + 1
            np = []
            while x < len(right) and (right[x].pos in ctx.noun_pos or right[x].pos == QUOTED_POS) \
                    and right[x].pos not in ("m", "q"):
                np.append(right[x])
                x += 1
            obj = ctx.trim(np) if np else self.topic_before_limit(ctx, left)
            return [{"activity": act, "object": obj}]
        return None

    @staticmethod
    def topic_before_limit(ctx, left):
        """The clause's opening noun phrase before a time limit (食品经营许可新办申请
        承诺在5个工作日内办结; 依申请公开事项均在20个工作日内答复)."""
        j = 0
        while j < len(left) and left[j].pos not in ("p", "d", "ad", PUNCT_POS) \
                and left[j].text not in ctx.time_limit_openers:
            j += 1
        np = left[:j]
        if not np or not any(t.pos in ctx.noun_pos and t.pos != "vn" for t in np):
            return None
        return ctx.trim(np)
