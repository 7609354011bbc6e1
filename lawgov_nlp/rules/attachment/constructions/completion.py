"""完成 + count + noun + act: the act completed is the activity."""
from __future__ import annotations

from ..tokens import PUNCT_POS, QUANTITY_POS
from . import register


@register
class Completion:
    """完成 only says that an act was done; the act, named after the counted
    noun, is the activity (docs/annotation.md: 完成 + action noun makes the noun
    the activity; issue 11, item 6):

    - 完成8项省级事项承接 → 承接 / 省级事项;
    - 完成14条市级河湖健康评价 → 健康评价 / 市级河湖;
    - 完成县级下放的42项行政执法事项承接工作 → 承接 / 行政执法事项 (a task head,
      工作 or 任务, after the act is no part of it).

    Only when 完成 is the last verb before the count (a relative clause ending
    in 的 may stand between: 县级下放的), and the clause after the count is a
    noun phrase closed by the act.
    """
    name = "completion"

    def propose(self, ctx, sent, k, left, right, q, done):
        if q.kind != "count" or not left or not right:
            return None
        c = next((j for j in range(len(left) - 1, -1, -1) if left[j].text in ctx.completive), None)
        if c is None:
            return None
        between = left[c + 1:]
        if between and (between[-1].text != "的" or any(t.pos == PUNCT_POS for t in between)):
            return None
        phrase = []
        for t in right:
            if ctx.is_break(t) or t.pos in (QUANTITY_POS, PUNCT_POS, "p", "c"):
                break
            phrase.append(t)
        while phrase and phrase[-1].text in ctx.task_heads:
            phrase.pop()
        if len(phrase) < 2:
            return None
        act = phrase[-1]
        if not (act.pos in ("v", "vn") or ctx.is_action(act.text)):
            return None
        a = len(phrase) - 1
        if a > 0 and phrase[a - 1].pos == "a":
            a -= 1  # 健康/a 评价: the quality the act judges is part of its name
        obj = phrase[:a]
        # (行政/n 执法/v 事项/n: a verb inside the noun phrase modifies it; a reporting verb would be an act)
        if not obj or obj[-1].pos not in ctx.noun_pos or any(
                t.pos not in ctx.noun_pos and t.pos not in ("b", "a", "v") or t.text in ctx.domain_verbs for t in obj):
            return None
        return [{"activity": [phrase[a].start, act.end], "object": ctx.trim(obj)}]
