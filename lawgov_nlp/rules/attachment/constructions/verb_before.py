"""The verb before the number governs it; its object lies between them."""
from __future__ import annotations

from ..context import TOPIC_POS, last_number, span, unquote
from ..tokens import PUNCT_POS, QUANTITY_POS, QUOTED_POS
from . import register
from .subject_predicate import SubjectPredicate


@register
class VerbBefore:
    """The verb before the number, with its object between them
    (docs/annotation.md, rule 1 and the conventions on light, pivot and
    existential verbs):

    - 受理审批事项1818件 → 受理 / 审批事项; 立案查处各类违法案件44起 → 立案查处 /
      各类违法案件;
    - light verb + action noun: the noun is the activity (开展行政检查388次 →
      行政检查); light verb + event noun: the verb, the noun the object
      (开展学习交流会400余次 → 开展 / 学习交流会);
    - a pivot verb before the number: 组织42家医疗单位贯彻执行 → 组织 / 医疗单位;
    - existential 有: 有行政复议案件4件 → 行政复议 / 案件; 现有执业律师2.86万名 →
      no activity, 执业律师; 全市共有1,230家门店作出承诺 → 作出 / 门店;
    - a breakdown item that is a verb: 清理规范性文件36件，其中废止9件 → 废止;
    - an action noun opening a clause with no verb (共检查医疗机构324户次).
    """
    name = "verb_before"

    def propose(self, ctx, sent, k, left, right, q, done):
        links = self.links(ctx, sent, k, left, right, q, done)
        if links and len(links) == 1 and links[0]["object"] is None and links[0]["activity"]:
            # 对局机关各类合同、协议进行合法性审查60余份: what 对 introduced is what was counted
            c0 = k - len(left)
            act_start = links[0]["activity"][0]
            for j in range(len(left) - 1, -1, -1):
                if left[j].start >= act_start:
                    continue
                if left[j].text in ctx.dui and left[j].pos == "p":
                    end = next(x for x in range(j, len(left)) if left[x].start >= act_start or
                               left[x].text in ctx.dui_predicates)
                    obj = ctx.dui_phrase(sent.toks, c0 + j, c0 + end)
                    return [{**links[0], "object": obj}] if obj else links
        return links

    def links(self, ctx, sent, k, left, right, q, done):
        text, toks = sent.text, sent.toks
        if left and left[-1].text == "的" and any(t.pos == "v" for t in left):
            # 核查属实的96条已依法处理: a count its relative clause describes is the subject of what follows
            act = ctx.predicate_after(toks, k + 1, clause=True)
            if act is not None and len(left) > 1 and left[-2].pos == "v" and self.counts_own(ctx, toks, act):
                # 督察组交办的1,826件群众信访举报件已办结1,809件: the predicate after counts its own
                # number; ours is what the relative clause's verb did
                act = [left[-2].start, left[-2].end]
            if act is not None:
                return [{"activity": act, "object": ctx.np_after(toks, k)}]
        if left and left[-1].text in ctx.summary_markers and ctx.np_after(toks, k) is not None:
            # 换证等19项高频事项实现“跨省通办”: a number summing up a list is the subject
            act = ctx.predicate_after(toks, k + 1)
            if act is not None and not any(ctx.is_break(t) for t in toks[k + 1:] if t.start < act[0]):
                return [{"activity": act, "object": ctx.np_after(toks, k)}]
        vi = ctx.governing_verb(left)
        if vi is None and ctx.opens_breakdown(left) and all(t.pos == "vn" for t in ctx.after_marker(left)) \
                and ctx.parent_links(done, k, toks, q, left):
            return None  # 其中行政许可13项: a kind of the parent's things (inherit)
        lq = last_number(left)
        if vi is None and lq >= 0 and lq + 2 < len(left) and left[lq + 1].text == "、" \
                and all(t.pos in ("vn", "n") for t in left[lq + 2:]) and left[lq].q in done \
                and any(str(link.get("rule", "")).startswith("inherit") for link in done[left[lq].q]):
            return None  # 其中行政许可13项、【行政处罚】247项: a later item of the same breakdown
        if vi is None and left and left[-1].pos == "vn" and (
                ctx.is_action(left[-1].text) or all(t.pos in ("d", "ad") for t in left[:-1])):
            # (行政拘留1,203人: a clause that is only an action noun and its number)
            # 培训480人次: the action noun right before the number governs it.
            return [{"activity": [self.extend_action_left(ctx, left, len(left) - 1), left[-1].end], "object": None}]
        if vi is None:
            # No true verb: an action noun opening the clause can govern (共检查医疗机构324户次),
            # after the last number before ours (…15件、作为被告的行政诉讼案件8件).
            for j in range(last_number(left) + 1, len(left)):
                t = left[j]
                if t.pos == "vn" and ctx.is_action(t.text) and j < len(left) - 1:
                    vi = j
                    break
            if vi is None:
                return None
        parent = ctx.opens_breakdown(left) and ctx.parent_links(done, k, toks, q, left)
        if parent:
            pobj = parent[0].get("object")
            kinds = bool(pobj) and text[pobj[0]:pobj[1]].endswith(ctx.case_heads)
            item = self.verb_item(ctx, left, done, kinds_of_cases=kinds)
            return [item] if item else None
        v0 = self.compound_start(ctx, left, vi)
        if v0 > 0 and v0 < vi and left[v0 - 1].pos == "v" and left[v0 - 1].text in ctx.domain_verbs \
                and left[v0 - 1].text not in ctx.light and vi + 1 < len(left) \
                and all(t.pos in ctx.noun_pos and t.pos != "vn" for t in left[vi + 1:]):
            vi = v0 = v0 - 1  # 下达责令整改通知书29份: the verbs after 下达 name the document it issued
        verb = left[v0:vi + 1]
        np = left[vi + 1:]
        np = np[last_number(np) + 1:]  # 办理建议86件、【提案】112件: the object starts after the last number
        np_span = ctx.trim(np)
        vtext = "".join(t.text for t in verb)
        after = ctx.np_after(toks, k)
        if after is not None and np and (np[-1].text in ctx.np_joiners or np[-1].text in ctx.example_markers or (
                verb[-1].text in ctx.pivot and len(left) > vi + 1)):
            # 9个县公安局和【22个】局属单位: the noun before belongs to the item before;
            # 发布营业执照等【8个】电子证照标准: the examples before, the counted noun after;
            # 组织全省医保系统【1.2万余名】干部职工: after a pivot, the counted noun follows the number
            return [{"activity": [verb[0].start, verb[-1].end], "object": after}]
        if verb[-1].text in ctx.existential:
            if np_span:
                return [ctx.existential_link(np)]
            # 全市共有1,230家门店作出承诺: the number is the subject of what follows in its clause
            # (仅有1至2名，且多为兼职: not of the next clause)
            end = SubjectPredicate.modified_np_end(ctx, toks, k)
            act = ctx.predicate_after(toks, end, clause=True) if end is not None else None
            if act is not None:
                # 全年有1件执法案卷获评全省优秀案卷: a verb right after the count modifies its noun
                return [{"activity": act, "object": ctx.trim(toks[k + 1:end])}]
            act = ctx.predicate_after(toks, k + 1, clause=True)
            # (部分派出所法制员仅有1至2名: what there is, named before the verb)
            obj = ctx.np_after(toks, k) or (None if act else ctx.subject_of(left[:v0]))
            return [{"activity": act, "object": obj}]
        if verb[-1].text in ctx.light or vtext in ctx.light:
            while np and (np[-1].text in ctx.level_words or np[-1].text in ctx.trim_right):
                np = np[:-1]  # 开展下沉调研共计48次
            np_span = ctx.trim(np)
            head = np[-1].text if np else ""
            if np and (ctx.is_action(head) or np[-1].pos in ("vn", "v")) and not head.endswith(ctx.event_suffixes):
                # 开展行政复议案件听证136场次: a counted thing named before the action noun is its object
                x = self.counted_thing_end(ctx, np, len(np) - 1)
                if x:
                    return [{"activity": span(np[x:]), "object": ctx.trim(np[:x])}]
                return [{"activity": np_span, "object": None}]
            if not np:
                act = self.action_right(ctx, right)
                if act:
                    return [{"activity": act, "object": None}]
                # 完成78家单位…监督抽查任务: the action named after the counted units.
                act = self.action_in(ctx, right)
                if act:
                    return [{"activity": act, "object": ctx.np_after(toks, k)}]
        if not np_span and left and left[-1].pos == QUANTITY_POS and left[-1].end == toks[k].start \
                and done.get(left[-1].q):
            # 发布典型案例5批45个: two counts of one thing share its object
            return [{"activity": [verb[0].start, verb[-1].end], "object": done[left[-1].q][0].get("object")}]
        if not np_span:
            # 组织42家医疗单位贯彻执行; 改正570余处不规范行文: the object follows.
            obj = ctx.np_after(toks, k)
            if ctx.is_action(vtext) and len(verb) == 1:
                ext = self.extend_action_left(ctx, left, v0)
                run = [t for t in left[:v0] if t.start >= ext]
                x = None if obj is not None else self.counted_thing_end(ctx, run, len(run))
                if x:
                    # 开展建设项目环评审查210件: the counted thing before the action noun
                    act_start = run[x].start if x < len(run) else verb[0].start
                    return [{"activity": [act_start, verb[-1].end], "object": ctx.trim(run[:x])}]
                return [{"activity": [ext, verb[-1].end], "object": obj}]
            if obj is None:
                obj = self.topic_before(ctx, left, v0)
            return [{"activity": [verb[0].start, verb[-1].end], "object": obj}]
        return [{"activity": [verb[0].start, verb[-1].end], "object": unquote(text, np_span)}]

    @staticmethod
    def counts_own(ctx, toks, act) -> bool:
        """A quantity after the predicate ``act`` in its clause."""
        for t in toks:
            if t.start < act[1]:
                continue
            if ctx.is_break(t):
                return False
            if t.pos == QUANTITY_POS:
                return True
        return False

    @staticmethod
    def counted_thing_end(ctx, toks, upto: int) -> int | None:
        """The end of the last counted thing (…案件, …文件, …机构) in ``toks[:upto]``
        that is not a verb and, with what precedes it, is longer than two
        characters (案卷评查2次: a two-character noun there is the act's own name)."""
        for x in range(upto, 0, -1):
            if toks[x - 1].text.endswith(ctx.counted_things) and toks[x - 1].pos not in ("v", "vn") \
                    and sum(len(t.text) for t in toks[:x]) > 2:
                return x
        return None

    @staticmethod
    def verb_item(ctx, left, done, kinds_of_cases=False):
        """其中新制定3件、【修改】2件; 其中维持39件、撤销或确认违法9件: an item of a
        breakdown that is a verb (alone or coordinated) is its own activity."""
        item = ctx.after_marker(left) if ctx.opens_breakdown(left) else left
        parallel = ctx.opens_breakdown(left) and last_number(item) >= 0 and ctx.sibling_acts(left, done)
        item = item[last_number(item) + 1:]
        while item and item[0].pos == PUNCT_POS:
            item = item[1:]
        if parallel and 0 < len(item) <= 3 and any(t.pos == "v" for t in item) \
                and all(t.pos in ("v", "vn", "n", "d", "c") for t in item):
            # 其中维持9件、终止审理3件, 予以公开148件、部分公开37件: items after an act of its own are
            # acts in parallel, whatever their tags
            return {"activity": span(item), "object": None}
        while item and (item[0].pos == PUNCT_POS or (item[0].pos in ("d", "ad") and len(item) > 1
                                                    and item[1].pos == "v")):
            item = item[1:]  # (其中依法/d 撤销9件: the manner goes with the act)
        if item and item[0].pos == "p":
            # 其中以告知承诺方式办理743件, 其中通过调解方式结案: the manner goes with the act
            j = next((x for x, t in enumerate(item) if t.pos == "v"), None)
            if j is not None and j > 1 and all(t.pos in ctx.noun_pos or t.pos == QUOTED_POS for t in item[1:j]):
                item = item[j:]
        if not item or item[0].pos != "v":
            return None
        if kinds_of_cases and not parallel and not any(t.text in ctx.domain_verbs for t in item) \
                and any(t.pos in ("n", "nz", "ns") for t in item):
            # 共发生案件40起，其中占用耕地12起、无证采砂9起: under a count of cases, a verb and its noun
            # without a reporting verb describe a kind of case, not an act (其中撤诉1件, a verb alone, is one)
            return None
        v = 1
        while v < len(item) and item[v].pos in ("v", "vn", "c", "d") and not ctx.is_action(item[v].text):
            v += 1
        while v > 1 and item[v - 1].pos == "d":
            v -= 1  # 查处/v 虚/d 开发票/n 案件: an adverb-tagged piece after the verbs opens the noun phrase
        verbs, np = item[:v], item[v:]
        if np and np[-1].text in ctx.generic_heads and (
                len(np) == 1 or not any(t.text in ctx.domain_verbs for t in verbs)):
            # 无证经营案件22起, 其中适用简易程序案件1.12万件: a kind of case (the verbs modify the
            # generic noun), not an act (but 其中查处虚开发票案件41件: a reporting verb's own count)
            return None
        plain = all(t.pos in ctx.noun_pos and t.pos != "vn" or t.pos == QUOTED_POS for t in np)
        reported = bool(np) and verbs[-1].text in ctx.domain_verbs and (
            np[-1].pos in ctx.noun_pos and np[-1].pos != "vn" or np[-1].pos == QUOTED_POS)
        if sum(len(t.text) for t in np) > 1 and (plain or reported):
            # (其中，查处货车超限超载案件318起: the noun phrase may hold verbs, its head is a noun)
            # (一是取消项3项: a verb and one character name a kind, not an act and its object)
            # 其中适用简易程序12件, 其中追回基金4.9亿元: a verb and what it acts on
            return {"activity": span(verbs), "object": ctx.trim(np)}
        if any(t.pos not in ("v", "vn", "c", "d") for t in item):
            return None
        if len(item) > 1 and ctx.is_action(item[-1].text):
            return None  # 变更登记2.1万件: a kind of the parent's act (verb + action noun), an object
        return {"activity": span(item), "object": None}

    @staticmethod
    def topic_before(ctx, left, v0):
        """典型案例发布25期: a noun phrase opening the clause before its only verb
        is what the verb counts."""
        np = left[:v0]
        de = [x for x, t in enumerate(np) if t.text == "的"]
        if de:
            np = np[de[-1] + 1:]  # 区政府作为被告的一审行政诉讼案件新收58件: the head after 的
        while np and (np[0].pos in ("d", "t", "m", "p", "c") or np[0].text in ctx.trim_left):
            np = np[1:]
        # (an action noun may name its kind: 一审行政诉讼/vn 案件/n新收; the head is a noun)
        if np and np[-1].pos in TOPIC_POS and all(
                (t.pos in TOPIC_POS or t.pos == "vn") and t.text not in ctx.adverbial_nouns for t in np):
            return ctx.trim(np)
        return None

    @staticmethod
    def compound_start(ctx, left, vi):
        """立案/v 查处/v → one activity; at most two verbs, never a light one."""
        v0 = vi
        if vi > 0 and left[vi - 1].pos == "v" and left[vi - 1].text in ctx.domain_verbs \
                and left[vi - 1].text not in ctx.light \
                and left[vi - 1].text not in ctx.existential and left[vi].text not in ctx.light \
                and left[vi - 1].text not in ("截至", "通过", "根据", "按照", "围绕"):
            v0 = vi - 1
        elif vi > 0 and left[vi - 1].text in ctx.result_verbs and left[vi - 1].text not in ctx.light:
            v0 = vi - 1  # 不予处罚, 免予处罚: the negation or grant is part of the act
        while v0 > 1 and left[v0 - 1].text == "、" and left[v0 - 2].pos == "v" and left[v0 - 2].text not in ctx.light \
                and left[v0].text not in ctx.light and (v0 < 3 or left[v0 - 3].pos not in ("v", "vn")):
            v0 -= 2  # 起草、审核合同45份: coordinated verbs share the count (docs/annotation.md: 撤销或确认违法)
        return v0

    @staticmethod
    def extend_action_left(ctx, left, v0):
        """理论学习中心组学习21次: the action noun takes the noun run before it."""
        a = v0
        while a > 0 and (left[a - 1].pos in ctx.noun_pos or left[a - 1].pos == QUOTED_POS or
                         (left[a - 1].pos in ctx.verb_pos and left[a - 1].text not in ctx.light)) \
                and left[a - 1].pos not in ("m", "q") and left[a - 1].text not in ctx.trim_left:
            a -= 1
        b = a - 1
        while b >= 0 and left[b].pos in ("d", "ad", "m"):
            b -= 1
        if a < v0 and b >= 0 and left[b].pos == "p" and any(
                t.pos in ("v", "vn") and t.text not in ctx.domain_verbs for t in left[a:v0]):
            return left[v0].start  # 对重复投诉企业约谈: the run is the preposition's object, not the act's name
        return left[a].start

    @staticmethod
    def action_in(ctx, right):
        """完成78家单位…监督抽查任务: the action noun named after the counted units."""
        for j, t in enumerate(right):
            if t.pos == "v" and not ctx.is_action(t.text):
                return None  # 组织36家单位开展能源审计: another verb takes over
            if t.pos in ("vn", "v") and ctx.is_action(t.text):
                end = j
                if j + 1 < len(right) and right[j + 1].pos in ("vn", "v") and ctx.is_action(right[j + 1].text):
                    end = j + 1
                if j > 0 and right[j - 1].pos in ("vn", "v") and right[j - 1].text not in ctx.light:
                    j -= 1
                return [right[j].start, right[end].end]
        return None

    @staticmethod
    def action_right(ctx, right):
        """开展3次专项检查: the action noun right after the number (and its counters)."""
        j = 0
        while j < len(right) and right[j].pos == QUANTITY_POS:
            j += 1
        if j < len(right) and right[j].pos in ("vn", "v") and ctx.is_action(right[j].text):
            return [right[j].start, right[j].end]
        return None
