"""A change or a from-to level: the activity is what changed."""
from __future__ import annotations

from ..context import last_number, parent_kind, previous_links, span
from ..tokens import PUNCT_POS, QUANTITY_POS
from . import register


@register
class Change:
    """A change: the activity is what changed, not the change verb
    (docs/annotation.md, rule 7 and the change conventions):

    - 案件类警情(同比下降21.9%) → 案件类警情; 抓获违法犯罪人员数(同比上升16%) →
      抓获违法犯罪人员数;
    - levels with a target, 由58项精简至19项 / 由46条减少到16条: both numbers
      take the noun before 由 (证明事项);
    - a change whose clause names nothing that changed (受理案件37件，同比增长15.6%)
      takes the activity of the level it follows, with no object, or with the
      item's object under a breakdown item (其中A类案件30件，同比增长10% → A类案件);
    - a comparison's baseline is not what changed (较改革前压缩50%).
    """
    name = "change"

    def propose(self, ctx, sent, k, left, right, q, done):
        text, toks = sent.text, sent.toks
        level = self.from_to_subject(ctx, left)
        if level is not None:
            return [ctx.patient_of_name(text, toks, level, levels=True)]
        if q.change is None:
            return None
        paired = self.respectively(ctx, sent, k, done)
        if paired is not None:
            return paired
        j = len(left)
        while j > 0 and left[j - 1].end > q.lead_start:
            j -= 1
        subject = left[:j]
        if not subject:
            # 案件类警情(同比下降21.9%): the subject sits before the bracket.
            a = toks.index(left[0]) if left else k
            if a > 0 and toks[a - 1].text in "（(":
                b = a - 1
                start = b
                while start > 0 and not ctx.is_break(toks[start - 1]):
                    start -= 1
                subject = toks[start:b]
        # 同比减少6起、下降16.2%: only what follows the last number of the list.
        subject = subject[last_number(subject) + 1:]
        # 较上年减少检查频次41.2%: what changed is named after the change verb
        verb = next((x for x in range(len(subject) - 1, -1, -1) if subject[x].text in ctx.metric_change_verbs), None)
        if verb is not None and verb + 1 < len(subject) and q.start == q.lead_start:
            subject = subject[verb + 1:]
        # 较改革前压缩50%: a comparison's baseline is not what changed
        for x, t in enumerate(subject):
            if t.text in ctx.baseline_markers:
                subject = subject[:x]
                break
        while subject and (subject[0].text in ctx.change_stop or subject[0].pos in ("d", "c", "p", "t", PUNCT_POS)):
            subject = subject[1:]
        while subject and (subject[-1].pos in (PUNCT_POS, "d", "ul") or subject[-1].text in ctx.comparators):
            subject = subject[:-1]
        if subject and not all(t.text in ctx.comparators or t.pos in ("p", "t", "m", "f") for t in subject):
            return [{"activity": span(subject), "object": None}]
        prev = previous_links(done, k, toks, kind=parent_kind(q))
        if not prev:
            return None
        # 其中涉企案件213件，同比增长21.0%: a change under a breakdown item keeps the item
        # (docs/annotation.md, 2026-12-03); after a total it names no object
        item = str(prev[0].get("rule", "")).startswith("inherit") and self.under_breakdown(ctx, sent, k, done, prev[0])
        return [{"activity": prev[0]["activity"], "object": prev[0]["object"] if item else None}]

    @staticmethod
    def respectively(ctx, sent, k, done):
        """接待游客1,286万人次，实现旅游综合收入98.6亿元，同比分别增长9.2%和11.5%: the
        n-th change after 分别 is the change of the n-th of the levels before it (the
        last as many as there are changes), and takes that level's activity."""
        toks = sent.toks
        a, b = sent.clause(ctx, k)
        # (the clause opens with the changes: 和罚没款金额比上年分别下降…: a clause naming what changed
        # is the subject's, below)
        if toks[a].pos != QUANTITY_POS or "分别" not in sent.text[toks[a].start:toks[a].end]:
            return None
        changes = [j for j in range(a, b) if toks[j].pos == QUANTITY_POS]
        levels = [j for j in range(a) if toks[j].pos == QUANTITY_POS and toks[j].q in done
                  and any(link.get("activity") for link in done[toks[j].q])]
        if len(changes) < 2 or len(levels) < len(changes) or k not in changes:
            return None
        level = levels[len(levels) - len(changes) + changes.index(k)]
        link = next(link for link in done[toks[level].q] if link.get("activity"))
        return [{"activity": link["activity"], "object": None}]

    @staticmethod
    def under_breakdown(ctx, sent, k, done, link) -> bool:
        """Whether the level whose ``link`` it is opens its clause with 其中, 一是 …"""
        toks = sent.toks
        for j in range(k - 1, -1, -1):
            if toks[j].q is not None and any(own is link for own in done.get(toks[j].q, ())):
                return ctx.opens_breakdown(toks[sent.clause(ctx, j)[0]:j])
        return False

    @staticmethod
    def from_to_subject(ctx, left):
        """由46条减少到16条: both numbers are levels of the noun before 由."""
        for j in range(len(left) - 1, -1, -1):
            if left[j].text == "由" and (j + 1 < len(left) or True):
                after = left[j + 1:]
                while after and after[0].pos != QUANTITY_POS and after[0].pos not in ("v", "vn", "p", PUNCT_POS):
                    after = after[1:]  # 由上年的91.3%提升至97.1%, 由原来的20日压缩至…
                if after and after[0].pos != QUANTITY_POS:
                    return None
                subject = ctx.trim(left[:j])
                return subject
        return None
