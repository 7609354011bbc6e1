"""No verb: an event noun names the act, a generic head the thing counted."""
from __future__ import annotations

from ..tokens import PUNCT_POS
from . import register


@register
class EventNoun:
    """With no verb, the event noun is the activity and the generic head the
    object, as after existential 有 (docs/annotation.md: "Existential 有 or no
    verb: the event noun is the activity"): 行政处罚案件44件 → 行政处罚 / 案件 (a
    clause ``verb_before`` leaves: it reads an action noun tagged vn opening a
    verbless clause first). A copula measures its subject: 参训人员达600人次 →
    参训人员; 受益群众达12万人次 → 受益群众.
    """
    name = "event_noun"

    def propose(self, ctx, sent, k, left, right, q, done):
        np = [t for t in left if t.pos not in ("d", "t", "m", PUNCT_POS)]
        if np and np[-1].pos == "vshi" and not any(t.pos == "v" for t in np):
            # 参训人员达600人次: what the copula measures
            subject = ctx.trim(np[:-1])
            if subject:
                return [{"activity": subject, "object": None}]
        split = ctx.event_split(np)
        return [split] if split else None
