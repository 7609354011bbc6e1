"""Refiner: the people a pivot verb brings are the object, not part of the act."""
from __future__ import annotations

from . import register


@register
class PivotPeople:
    """A refiner applied to every proposed link: an activity that opens right
    after a pivot verb with a noun naming people (…人员, …干部) and goes on to
    an act splits there; the people are the object (组织执法人员培训4期 → 培训 /
    执法人员; 组织执法人员专题轮训3,280人次 → 专题轮训 / 执法人员; 组织机关干部
    学法6次 → 学法 / 机关干部). A body that acts (党委理论学习中心组学法) names
    no people and stays whole; so does an act after a light verb
    (组织开展执法人员岗位轮训: 开展 is no pivot).
    """
    name = "pivot_people"

    def refine(self, ctx, sent, link, q=None):
        act = link.get("activity")
        if not act or link.get("object"):
            return link
        toks = sent.toks
        inside = sent.within(act[0], act[1])
        if len(inside) < 2:
            return link
        before = [t for t in toks if t.end <= act[0]]
        if not before or before[-1].text not in ctx.pivot or before[-1].end != act[0]:
            return link
        for x in range(len(inside) - 1, 0, -1):
            t = inside[x - 1]
            if t.pos in ctx.noun_pos and t.pos != "vn" and t.text.endswith(ctx.person_heads):
                return {**link, "activity": [inside[x].start, act[1]], "object": [act[0], t.end]}
        return link
