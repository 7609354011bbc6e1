"""Refiner: an "object" that is part of the act's name joins the activity."""
from __future__ import annotations

from ..tokens import QUANTITY_POS
from . import register


@register
class VerbObjectCompound:
    """A refiner applied to every proposed link: an "object" of one character
    glued between the verb and the number, or one that is only an adjective, a
    result or a granted act, is part of the act's name, not a thing counted
    (收案69件 → 收案; 宣布失效3件 → 宣布失效; 不予行政处罚327件 → 不予行政处罚); a
    count of events counts the act itself (旁听庭审两次, 开展执法巡查和专项督察12次),
    while a service provided stays the object (提供法律咨询服务12次).
    """
    name = "verb_object_compound"

    def refine(self, ctx, sent, link, q=None):
        act, obj = link.get("activity"), link.get("object")
        if not act or not obj:
            return link
        text, toks = sent.text, sent.toks
        inside = sent.within(obj[0], obj[1])
        verb = text[act[0]:act[1]]
        if q is not None and q.unit in ctx.event_counters and inside and obj[0] >= act[1] \
                and (verb in ctx.light or verb in ctx.pivot or verb in ctx.attending_verbs or ctx.is_action(verb)) \
                and (inside[-1].pos == "vn" or ctx.is_action(inside[-1].text)) \
                and not inside[-1].text.endswith(ctx.event_suffixes) and obj[1] <= q.start \
                and text[obj[1]:q.start].strip() == "":
            # 旁听庭审两次, 开展执法巡查和专项督察12次: a count of events counts the act itself
            return {**link, "activity": [act[0], obj[1]], "object": None}
        if obj[0] != act[1]:
            return link  # (提供法律咨询服务12次: a service provided is a thing, it stays the object)
        single = obj[1] - obj[0] == 1 and any(t.pos == QUANTITY_POS and t.start == obj[1] for t in toks)
        granted = verb in ctx.result_verbs and inside and all(
            t.pos == "vn" or ctx.is_action(t.text) for t in inside)  # 不予行政处罚327件
        declared = inside and ("".join(t.text for t in inside) in ctx.result_complements or (
            verb in ctx.declaring_verbs and all(t.pos in ("a", "ad") for t in inside)))
        if single or granted or declared:  # (宣布失效3件: what was declared, not a thing counted)
            return {**link, "activity": [act[0], obj[1]], "object": None}
        return link
