"""Money named by a noun no verb governs."""
from __future__ import annotations

from . import register


@register
class MoneyNoun:
    """Money named by a noun takes the noun as its activity when no verb
    governs it (docs/annotation.md, rule 6 and the money convention):

    - 罚没款43.6万元 → 罚没款;
    - a penalty verb before it leaves the noun the activity (处以罚款伍仟元 → 罚款);
    - another verb governs it (冻结涉案资金2360万元): no proposal.

    (处罚金额合计47.2万元 → 处罚金额 too, but as a measure's name: ``rate_or_share``,
    tried first, reads it.)
    """
    name = "money_noun"

    def propose(self, ctx, sent, k, left, right, q, done):
        if q.kind != "money":
            return None
        i = len(left)
        while i > 0 and (left[i - 1].text in ctx.rate_fillers or left[i - 1].pos in ("d", "ul", "uj", "vshi")
                         or left[i - 1].text in ctx.currency_words):
            i -= 1  # (处以罚款人民币壹佰贰拾万元: the currency's name is no money noun)
        if i == 0:
            return None
        tail = "".join(t.text for t in left[max(0, i - 2):i])
        if not tail.endswith(ctx.money_nouns):
            return None
        a = i - 1
        while a > 0 and left[a - 1].pos in ctx.noun_pos and left[a - 1].pos not in ("m", "q"):
            a -= 1
        nearest = next((t for t in reversed(left[:a]) if t.pos == "v"), None)
        if nearest is not None and nearest.text not in ctx.penalty_verbs:
            return None  # 冻结涉案资金2360万元: a verb governs the money noun (处以罚款伍仟元 does not)
        return [{"activity": [left[a].start, left[i - 1].end], "object": None}]
