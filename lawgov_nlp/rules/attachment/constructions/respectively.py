"""分别: the n-th number goes with the n-th coordinated verb."""
from __future__ import annotations

from ..tokens import QUANTITY_POS
from . import register


@register
class Respectively:
    """Coordinated verbs sharing a list of numbers with 分别: the n-th number
    takes the n-th verb and the noun phrase after the verbs is the object
    (受理、办结案件分别为120件、115件 → 受理 / 案件, 办结 / 案件). (Coordinated
    rates with 分别 are :class:`RateOrShare`'s.)
    """
    name = "respectively"

    def propose(self, ctx, sent, k, left, right, q, done):
        lst = left
        while len(lst) >= 2 and lst[-1].text in "、，," and lst[-2].pos == QUANTITY_POS:
            lst = lst[:-2]
        i = len(lst)
        while i > 0 and (lst[i - 1].text in ctx.rate_fillers or lst[i - 1].pos in ("vshi", "p")):
            i -= 1
        if i == len(lst) or not any(t.text.startswith("分别") for t in lst[i:]):
            return None
        verbs = []
        j = 0
        while j < i and lst[j].pos != "v":
            j += 1
        while j < i and lst[j].pos == "v":
            verbs.append(lst[j])
            if j + 1 < i and lst[j + 1].text in ctx.rate_coord:
                j += 2
            else:
                j += 1
                break
        if len(verbs) < 2:
            return None
        n = ctx.position_in_list(sent.toks, k)
        if n is None or n >= len(verbs):
            return None
        obj = ctx.trim(lst[j:i])
        return [{"activity": [verbs[n].start, verbs[n].end], "object": obj}]
