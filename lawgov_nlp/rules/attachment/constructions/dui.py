"""对 … 进行(了) V, and a preposition that takes the number itself."""
from __future__ import annotations

from ..tokens import PUNCT_POS, QUANTITY_POS
from . import register


@register
class Dui:
    """对 … 进行(了) V: every quantity inside the 对-phrase takes V
    (docs/annotation.md, rule 2):

    - 对2家消毒产品生产企业、70家学校进行了监督检查 → 监督检查 for both, objects
      消毒产品生产企业, 学校;
    - 对 … 立案查处 / 作出 …决定: the act closing the phrase;
    - a preposition taking the number itself (对2.3万余家经营主体适用…,
      为1,964户…办理): the first verb after the counted noun phrase governs;
    - with no noun after the number, what 对 introduces is counted
      (对局机关各类合同、协议进行合法性审查60余份 → object 合同、协议).
    """
    name = "dui"

    def propose(self, ctx, sent, k, left, right, q, done):
        toks = sent.toks
        # nearest 对 before the quantity in the sentence, no predicate between
        a = None
        direct = False  # the preposition takes the number itself: 对2.3万余家经营主体适用…, 为1,964户…办理
        # …对1.36万起轻微违法行为采取…方式处理，办理…案件428件: a clause with its own verb
        # before the number is not inside a 对-phrase of an earlier clause
        own_verb = any(t.pos == "v" and t.text not in ctx.adverbs for t in left)
        c0 = k - len(left)
        for j in sent.walk_left(k, self.name, lambda t: self.stops_at(ctx, t)):  # (range(k - 1, -1, -1), indexed)
            t = toks[j]
            if own_verb and j < c0:
                return None
            if t.text in ctx.prepositions_before_count and all(
                    x.pos == "d" or x.text in ctx.relabel_adverbs for x in toks[j + 1:k]):
                a, direct = j, True
                break
            if t.text in ctx.dui and t.pos == "p" and toks[k - 1].text == "的":
                a, direct = j, True  # 对存在严重失信行为的5家企业依法列入黑名单: 的 ends a modifier of the count
                break
            if t.text in ctx.dui and t.pos == "p":
                a = j
                break
            if t.text in ctx.dui_predicates or (t.pos == PUNCT_POS and t.text in "。！？"):
                return None
            if t.pos == "v" and t.text in ctx.domain_verbs and j == k - 1:
                # 对轻微违法行为依法不予处罚2,468起: the act closed the 对-phrase before the number
                opener = next((x for x in toks[j - 1::-1] if x.text in ctx.dui and x.pos == "p" or ctx.is_break(x)),
                              None) if j > 0 else None
                if opener is not None and not ctx.is_break(opener):
                    return None
        if a is None:
            return None
        obj = ctx.np_after(toks, k)
        skip = -1
        for j in range(k + 1, len(toks)):
            t = toks[j]
            if j <= skip:
                continue
            if t.pos == PUNCT_POS and t.text in "。！？":
                return None
            if ctx.is_break(t) or t.pos == QUANTITY_POS:
                if toks[a].text not in ctx.dui:
                    return None  # 为/将 + number: only within the number's own clause
                direct = False  # past the clause or into the next item: only 对…进行 is left
            if direct and obj is not None and t.pos == "v" and t.start >= obj[1]:
                de = self.relative_end(ctx, toks, j)
                after = ctx.np_after(toks, de) if de is not None else None
                head = None
                if after is not None:
                    end = self.noun_run_end(ctx, toks, de + 1)
                    head = toks[end - 1] if end > de + 1 else None
                if head is not None and head.pos != "vn" and not ctx.is_action(head.text):
                    # (纳入对12家委属单位的年度目标考核: an act after 的 is the 的-case below)
                    # 对3家初次违规且及时改正的培训机构不予行政处罚: a verb before 的 describes the
                    # counted noun after 的; the object is the whole noun phrase
                    skip, obj = de, [toks[k + 1].start, after[1]]  # (the relative clause is part of the object)
                    continue
            if (direct and obj is not None and t.pos == "v" and t.start >= obj[1]
                    and t.text not in ctx.dui_predicates and not self.modifier_verb(ctx, toks, j)):
                # the first verb after the counted noun phrase governs it
                return [{"activity": ctx.predicate_after(toks, j) or [t.start, t.end], "object": obj}]
            if toks[a].text not in ctx.dui:
                continue  # 对…进行 and 对…立案查处 below are 对's own
            if t.text == "的" and t.pos == "uj":
                # 纳入对14个市州林草部门的年度绩效考核: the act on what 对 names follows 的
                end = self.noun_run_end(ctx, toks, j + 1)
                if end > j + 1 and ctx.is_action(toks[end - 1].text):
                    own = ctx.trim(toks[k + 1:j])
                    return [{"activity": [toks[j + 1].start, toks[end - 1].end],
                             "object": own or ctx.dui_phrase(toks, a, k)}]
            if t.text in ctx.result_verbs and t.text in ctx.dui_predicates:
                # 对41名当事人作出不予行政处罚决定: what is made is a decision; 作出 is the act
                return [{"activity": [t.start, t.end], "object": obj or ctx.dui_phrase(toks, a, k)}]
            if t.text in ctx.dui_predicates or t.text in ("进行了",):
                act = ctx.predicate_after(toks, j + 1)
                if act is not None:
                    act = self.with_modifiers(ctx, toks, j + 1, act)
                return [{"activity": act or [t.start, t.end], "object": obj or ctx.dui_phrase(toks, a, k)}]
            if t.pos == "v" and t.text in ctx.domain_verbs and toks[j - 1].pos != "p":
                # 对3家单位立案查处
                return [{"activity": ctx.verb_compound_right(toks, j), "object": obj or ctx.dui_phrase(toks, a, k)}]
        return None

    @staticmethod
    def with_modifiers(ctx, toks, j, act):
        """对…实现消防/n 检查/vn 全覆盖: nouns right after the predicate and before
        the action noun name its kind (消防检查), as they do after a light verb."""
        m = j
        while m < len(toks) and toks[m].start < act[0]:
            if toks[m].pos not in ctx.noun_pos or toks[m].pos == "vn" or ctx.is_break(toks[m]):
                return act
            m += 1
        if m == j or not ctx.is_action(toks[m].text if m < len(toks) else ""):
            return act
        return [toks[j].start, act[1]]

    @staticmethod
    def noun_run_end(ctx, toks, j) -> int:
        """The end of the run of noun-phrase tokens from j (the words after a 的)."""
        while j < len(toks) and toks[j].pos in ctx.noun_pos and not ctx.is_break(toks[j]):
            j += 1
        return j

    @staticmethod
    def relative_end(ctx, toks, j):
        """The 的 closing a relative clause that the verb at j opens or continues
        (…及时改正/v 的/uj 培训机构), or None: no break and no number before it."""
        for x in range(j + 1, min(len(toks), j + 8)):
            t = toks[x]
            if ctx.is_break(t) or t.pos == QUANTITY_POS:
                return None
            if t.text == "的" and t.pos == "uj":
                return x
        return None

    @staticmethod
    def stops_at(ctx, t) -> bool:
        """The tokens the walk left in ``propose`` reacts to, besides the one
        right before the number (keep in step with that loop's tests)."""
        return (t.text in ctx.prepositions_before_count or (t.text in ctx.dui and t.pos == "p")
                or t.text in ctx.dui_predicates or (t.pos == PUNCT_POS and t.text in "。！？"))

    @staticmethod
    def modifier_verb(ctx, toks, j) -> bool:
        """排污 in 对3-5家重点排污单位开展执法监测: a verb followed by a noun and
        then, in the same clause, by a light verb modifies that noun (not so
        提供 in 提供技术帮扶: 帮扶 is no light verb)."""
        if j + 1 >= len(toks) or toks[j + 1].pos not in ctx.noun_pos or toks[j + 1].pos == "vn":
            return False
        for t in toks[j + 2:]:
            if ctx.is_break(t):
                return False
            if t.pos == "v":
                return t.text in ctx.light or t.text in ctx.dui_predicates
        return False
