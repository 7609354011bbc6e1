"""A frequency said before the act it counts: 4次带队督导、9次听取专题汇报."""
from __future__ import annotations

from ..tokens import QUANTITY_POS
from . import register


@register
class FrequencyAdverbial:
    """N次 + verb: the number says how often the verb after it was done
    (docs/annotation.md, 2026-12-03 conventions):

    - 分管领导4次带队督导、9次听取专题汇报 → 带队督导, 听取;
    - 3次主持召开法治建设专题会议、5次批示督办重点执法案件 → 主持召开, 批示督办.

    Only when nothing in the number's clause before it is a verb (开展检查5次发现
    问题: the verb before governs) and the unit counts times (``frequency_units``).
    """
    name = "frequency_adverbial"

    def propose(self, ctx, sent, k, left, right, q, done):
        if q.unit not in ctx.frequency_units or not right:
            return None
        toks = sent.toks
        first = right[0]
        lead = self.leads_the_act(ctx, toks, k, right, left)
        if lead is not None:
            return lead
        # the verb: 听取; or a noun glued to the verb after it (带队/n 督察/v)
        if first.pos != "v" and not (first.pos == "n" and len(right) > 1 and right[1].pos in ("v", "vn")
                                     and len(first.text) == 2 and right[1].text not in ctx.light):
            return None
        if first.text in ctx.copulas:
            return None
        if self.governed_from_left(left):
            return None
        act = ctx.verb_compound_right(toks, k + 1) if first.pos == "v" else [first.start, right[1].end]
        if first.pos == "v" and act[1] == first.end and len(right) > 2 and right[1].pos == "v" \
                and right[1].text in ctx.light and right[2].pos in ctx.noun_pos:
            act = [first.start, right[1].end]  # 3次主持召开党组会议: the light verb goes with it, its noun follows
        end = k + 1 if act[1] == first.end else k + 2  # the act is one token or two
        return [{"activity": act, "object": ctx.np_after(toks, end)}]

    @staticmethod
    def governed_from_left(left) -> bool:
        """A verb (or a preposition's phrase) before the number, back to the clause
        start or the list item before (、), governs it: 开展检查5次发现问题."""
        for t in reversed(left):
            if t.text == "、" or t.pos == QUANTITY_POS:
                return False
            if t.pos in ("v", "vn", "p"):
                return True
        return False

    @staticmethod
    def leads_the_act(ctx, toks, k, right, left):
        """2次带队赴市县开展法治督察 → 法治督察; 4次带队开展根治欠薪专项督导 → 根治欠薪专项
        督导; 3次到基层执法中队调研 → 到基层执法中队调研: leading (带队) and going to a
        place (赴, 到) bring the actor to the act; the act after a light verb is the
        activity, the place no object."""
        j = 0
        if right[0].pos == "n" and len(right[0].text) == 2 and len(right) > 1 and right[1].pos == "v" and (
                right[1].text in ctx.light or right[1].text in ctx.motion_verbs):
            j = 1  # 带队/n, then the light or motion verb
        if right[j].text not in ctx.light and right[j].text not in ctx.motion_verbs:
            return None
        if FrequencyAdverbial.governed_from_left(left):
            return None
        end = len(right)
        for x, t in enumerate(right):
            if ctx.is_break(t) or t.pos == QUANTITY_POS:
                end = x
                break
        light = next((x for x in range(j, end) if right[x].text in ctx.light), None)
        if light is not None:
            act = ctx.predicate_after(toks, k + 1 + light, clause=True)
            return [{"activity": act, "object": None}] if act is not None else None
        if right[j].text in ctx.motion_verbs and end - 1 > j and right[end - 1].pos in ("v", "vn"):
            return [{"activity": [right[j].start, right[end - 1].end], "object": None}]
        return None
