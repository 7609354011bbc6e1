"""A breakdown item or a verbless list item inherits the activity before it."""
from __future__ import annotations

from ..context import last_number, previous_unit, unquote
from ..tokens import QUANTITY_POS
from . import register


@register
class Inherit:
    """A breakdown inherits its parent's activity (docs/annotation.md, rule 5
    and the list conventions):

    - 落实“证照分离”改革事项10项，一是取消项3项 → 3项: 落实 / 取消项;
    - 其中变更登记2.1万件: an item naming a kind of the parent's act is an object;
    - one verb governing a list of counted items (推出“A”21件，“B”27件) → every
      item takes the verb and its own name as object;
    - a 其中 opening the sentence takes the first count of the sentence before;
    - a count skips the rates and time limits between it and its parent.
    """
    name = "inherit"

    def propose(self, ctx, sent, k, left, right, q, done):
        toks = sent.toks
        # a count is no part of a rate or a change in percent: its parent is the count before
        # (新登记经营主体5,126户，同比增长11.4%，其中企业1,342户; …比例达98%，其中“全程网办”事项1,206项)
        prev = ctx.parent_links(done, k, toks, q, left)
        if not prev:
            return None
        np = left
        if ctx.opens_breakdown(left):
            np = ctx.after_marker(left)
        elif any(t.pos == "v" for t in left):
            return None
        elif not any(t.pos == QUANTITY_POS for t in left) and previous_unit(k, toks) != q.unit \
                and not self.bare_list_item(ctx, toks, k, left, right, q):
            # a clause of its own with no verb and no breakdown marker (…4.5万份，受益群众达12万人次)
            # does not take the verb of the clause before, unless it continues a list of the same
            # counter (推出“掌上办”事项35项,“跨省通办”事项18项) or sits in it (…6000余份、宣传品2000件),
            # or is a bare list item (below)
            return None
        obj = ctx.trim(np)
        if obj is not None and np and np[-1].pos == "v" and np[-1].end == obj[1] and any(
                t.text == "含" for t in left[:2]):
            obj = None  # （含上年结转8件）: the item names how the things came, not a kind of thing
        after = ctx.np_after(toks, k)
        last_q = last_number(left)
        if after is not None and last_q >= 0 and obj is not None and \
                ctx.np_after(toks, k - len(left) + last_q) == obj:
            obj = after  # 12个乡镇、2个街道均已挂牌: number-first items, each noun after its number
        if obj is None and not ctx.opens_breakdown(left):
            return None  # 为1350名劳动者追发…: a preposition is no noun phrase
        if not ctx.opens_breakdown(left) and ctx.event_split(np):
            return None  # 行政诉讼案件2件 names its own event: see event_noun
        return [{"activity": link["activity"], "object": unquote(sent.text, obj)} for link in prev[:1]]

    @staticmethod
    def bare_list_item(ctx, toks, k, left, right, q) -> bool:
        """精简证明材料63项，办事环节21个: a clause that is only a noun phrase and a
        count, right after a clause whose last count was a count, is a later item
        of the same list with its verb left out (docs/annotation.md, 2026-12-03),
        whatever its counter. Not a count of people after an event or a thing
        (…活动63场，受众1.4万余人次): an audience, which has no activity; nor
        after a count of events."""
        if q.kind != "count" or right or not left or len(left) > 4 or q.unit in ctx.audience_units:
            return False
        if not all(t.pos in ctx.noun_pos and t.pos != "vn" for t in left):
            return False
        start = k - len(left)
        if start < 2 or toks[start - 1].text not in ("，", ",", "、", "；", ";") or toks[start - 2].pos != QUANTITY_POS:
            return False
        return toks[start - 2].kind == "count" and toks[start - 2].unit not in ctx.event_counters
