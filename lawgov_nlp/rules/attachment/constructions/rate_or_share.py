"""A rate, share or measure named right before its number."""
from __future__ import annotations

from ..context import PERIOD, previous_links, span
from ..tokens import QUANTITY_POS, QUOTED_POS
from . import register


@register
class RateOrShare:
    """A rate, index, share or measure named right before the number is the
    activity (docs/annotation.md: "For a rate or index the activity is the name
    of the rate"; rule 4; the share and time-limit conventions):

    - 办结率100％ → 办结率; 好评率达到 99.6 → 好评率;
    - coordinated rates sharing one number: 参考率和优秀率均达到100% → two
      links, 参考率 and 优秀率; 分别为 pairs the n-th name with the n-th number;
    - a share A占B的X%: activity 占B (占总抽查计划), object A;
    - a rate named with what it is measured on: 基本医疗保险参保率 → 参保率 /
      基本医疗保险 (a name that is one process, 案件办结率, stays whole), and
      coordinated rates share it: 规范性文件报备率、及时率均为100% → 报备率 and
      及时率, both with object 规范性文件;
    - a measure after a count of the same act: 拆除违法建筑27处、面积3,600平方米
      → 拆除 / 面积.
    """
    name = "rate_or_share"

    def propose(self, ctx, sent, k, left, right, q, done):
        text, toks = sent.text, sent.toks
        while len(left) >= 2 and left[-1].text in "、，," and left[-2].pos == QUANTITY_POS:
            left = left[:-2]  # 分别为98.2%、【96.5%】: read past the earlier numbers of the list
        i = self.skip_level_words(ctx, left)
        if i == 0:
            return None
        if q.kind == "percent":
            for j in range(i - 1, -1, -1):
                if left[j].text in ctx.share_verbs:
                    end = i - 1 if left[i - 1].text == "的" else i
                    return [{"activity": span(left[j:end]), "object": ctx.np_before(left, j)}]
        suffixes = ctx.rate_suffixes if q.kind == "percent" else ctx.metric_suffixes
        last = left[i - 1]
        tail = last.text if i < 2 else left[i - 2].text + last.text
        if not tail.endswith(suffixes) and not (
                q.kind == "percent" and i >= 2 and last.pos in ("v", "vn")
                and left[i - 2].text.endswith(suffixes)):
            # (纳税人满意度测评持续保持98%以上: the survey that measured it is part of the name)
            return None
        # Coordinated names: 参考率和优秀率, 按期办结率、申请人满意率
        names = []
        j = i
        cur_end = i
        while j > 0:
            t = left[j - 1]
            if t.text in ctx.rate_coord:
                names.append((j, cur_end))
                cur_end = j - 1
                j -= 1
                continue
            if t.pos in ctx.noun_pos or t.pos in ctx.verb_pos or t.pos == QUOTED_POS or (
                    t.text in ctx.time_modifiers and last.text in ctx.time_heads):
                j -= 1  # (出口退税平均/d 办理时间: 平均 is part of a time limit's name)
                continue
            break
        names.append((j, cur_end))
        names.reverse()
        # 法律顾问和公职律师参与率: a coordination of the rate's subjects, not of rates; a
        # part that names no rate joins the name after it
        merged = []
        for a, b in names:
            if merged and not merged[-1][2] and q.kind == "percent" and left[merged[-1][1]].text in ctx.subject_joiners:
                a = merged.pop()[0]
            merged.append((a, b, b > a and left[b - 1].text.endswith(suffixes)))
        names = [(a, b) for a, b, _ in merged]
        spans = []
        for a, b in names:
            a = self.trim_name_left(ctx, left, a, b)
            if a < b:
                spans.append([left[a].start, left[b - 1].end])
        if not spans:
            return None
        objs = [None] * len(spans)
        if len(spans) > 1:
            # 规范性文件报备率、及时率均为100%: what the first name is measured on is the others'
            # too, unless they name their own (校园“护学岗”设置率、一键式报警装置安装率)
            own = [ctx.patient_of_name(text, toks, sp) for sp in spans]
            spans = [link["activity"] for link in own]
            objs = [link["object"] for link in own]
            if objs[0] is not None and not any(objs[1:]):
                objs = [objs[0]] * len(spans)
        if len(spans) > 1 and any(t.text.startswith("分别") for t in left[i:]):
            # 分别为98.2%、96.5%: the n-th number goes with the n-th name.
            n = ctx.position_in_list(toks, k)
            if n is not None and n < len(spans):
                return [{"activity": spans[n], "object": objs[n]}]
        if len(spans) == 1 and q.kind == "measure" and text[spans[0][0]:spans[0][1]] in ctx.measure_nouns:
            # 拆除违法建筑27处、面积3,600平方米: the measure of what the act before dealt with
            prev = previous_links(done, k, toks)
            before = [t for t in toks if t.end <= spans[0][0]]
            joined = before and (before[-1].text == "、" or (before[-1].text in "，," and text[spans[0][0]:spans[0][1]]
                                                              in ctx.bare_measure_nouns))
            if prev and joined and len(before) > 1 and before[-2].pos == QUANTITY_POS:
                return [{"activity": prev[0]["activity"], "object": spans[0]}]
        if len(spans) == 1:
            return [ctx.patient_of_name(text, toks, spans[0])]
        return [{"activity": sp, "object": o} for sp, o in zip(spans, objs)]

    @staticmethod
    def skip_level_words(ctx, left) -> int:
        """Index after the rate/metric name: skip 均达到, 降至, 控制在, 不超过 …"""
        i = len(left)
        while i > 0:
            t = left[i - 1].text
            if not t.strip():
                i -= 1  # 好评率达到 99.6: a stray space
                continue
            if i >= 2 and left[i - 2].text + t in ctx.rate_fillers:
                i -= 2  # 稳定/a 在/p: a filler the tagger split
                continue
            if left[i - 1].pos == "t" or t in ctx.duration_adverbs or PERIOD.fullmatch(t):
                i -= 1  # 参保率连续五年稳定在97%以上
                continue
            if i >= 2 and PERIOD.fullmatch(left[i - 2].text + t):
                i -= 2  # 出庭应诉率连续5/eng 年/m 保持100%: a period the tagger split
                continue
            if (t in ctx.rate_fillers or left[i - 1].pos in ("d", "ul", "uj", "vshi")
                    or t in ("约", "近", "超过", "达", "以上", "不超过", "不足", "不到", "不少于")
                    or (t in ctx.level_particles and i >= 2 and left[i - 2].pos in ctx.verb_pos)):
                i -= 1
                if t in ctx.level_particles and i > 0 and left[i - 1].pos in ctx.verb_pos:
                    i -= 1  # the verb before 至/到/在 (降至, 控制在); a clause-opening 在 has none
                continue
            if t.endswith(ctx.level_particles) and left[i - 1].pos in ctx.verb_pos and len(t) > 1:
                i -= 1
                continue
            break
        return i

    @staticmethod
    def trim_name_left(ctx, toks, a, b):
        """Drop governing verbs and fillers before a rate name (确保群众满意度 → 群众满意度)."""
        while a < b - 1 and toks[a].text in ctx.rate_trim_verbs:
            a += 1
        while a < b - 1 and toks[a].text in ctx.trim_left + tuple(ctx.change_stop):
            a += 1
        return a
