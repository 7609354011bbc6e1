"""Attach each quantity to its governing activity and the object it counts.

The rules follow the annotation guideline's constructions, tried in order:

1. a rate, share or measure named right before the number (办结率100％;
   参考率和优秀率均达到100% gives one link per coordinated rate, 分别为 pairs names
   and numbers in order; A占B的43％ gives activity 占B, object A; 用时控制在60天以内);
2. money named by a noun with no verb governing it (罚没款43.6万元);
3. a change: the activity is what changed (案件类警情同比下降21.9%); levels
   stated as 由58项精简至19项 take the noun before 由;
4. a time limit belongs to the act after it (在5日内作出决定 → 作出);
5. 对 … 进行(了) V: every quantity inside the 对-phrase takes V;
6. a number before the action noun it counts (共开展5场20人次监督检查);
7. the verb before the number, with its object between them (受理审批事项1818件),
   refined for light verbs (开展行政检查 → 行政检查; 开展交流会 → 开展 / 交流会),
   existential 有 (有行政复议案件4件 → 行政复议 / 案件) and pivots (组织42家单位);
8. a clause with no verb of its own inherits the activity of the mention
   before it in the sentence (breakdowns: 一是取消项3项);
9. otherwise the number is the subject and takes the next predicate
   (502家单位全部评为C级单位 → 评为).

Words come from a tagger (jieba by default) run only on the sentences that hold
a quantity, with quantities and quoted names kept whole as single tokens.
"""
from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicons import data_path, load_json
from .quantity_grammar import Quantity

logger = logging.getLogger("lawgov_nlp")

QUANTITY_POS = "Q"
QUOTED_POS = "nz"
PUNCT_POS = "x"

#: POS of a clause-opening topic that can be the counted object (not places 现场/s, times 全年/t).
_TOPIC_POS = frozenset({"n", "nz", "nt", "nrt", "j", "l", "i"})
_OPEN_CLOSE = {"“": "”", "《": "》", "「": "」", "『": "』", "‘": "’", "〈": "〉"}
#: A short parenthetical inside a noun phrase stays in it (示范村（社区）, 企业（单位）).
_PARENS = {"（": "）", "(": ")"}
_PERCENT_UNITS = frozenset({"%", "百分点", "‰"})
#: ``done`` key of the links a breakdown opening the next sentence may inherit
_CARRIED = -1
#: kinds a count never takes its parent activity from (a time limit, a rate)
_PARENT_KINDS = frozenset({"duration", "percent"})
#: 三年, 5个月: a period said before a level (连续三年稳定在…), never its subject
_PERIOD = regex.compile(r"[0-9０-９一二三四五六七八九十两]+个?(?:年|月|季度)")
_OPENING = regex.compile("[" + "".join(_OPEN_CLOSE) + "".join(_PARENS) + "]")


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    pos: str
    q: int | None = None  # index of the quantity this token stands for
    unit: str | None = None  # that quantity's unit
    kind: str | None = None  # and kind


Link = dict  # {"activity": [s, e] | None, "object": [s, e] | None}


class AttachmentRules:
    def __init__(self, tagger, path: str = "attachment.json"):
        d = load_json(path)
        self.tagger = tagger
        self.light = set(d["light_verbs"])
        self.pivot = set(d["pivot_verbs"])
        self.event_suffixes = tuple(d["event_noun_suffixes"])
        self.action_nouns = tuple(sorted(d["action_nouns"], key=len, reverse=True))
        self.rate_suffixes = tuple(d["rate_suffixes"])
        self.rate_fillers = tuple(sorted(d["rate_fillers"], key=len, reverse=True))
        self.metric_suffixes = tuple(d["metric_suffixes"])
        self.level_particles = tuple(d["level_particles"])
        self.comparators = set(load_json("quantity_context.json")["change"]["comparators"])
        self.relabel_adverbs = set(d["relabel_as_adverb"])
        self.relabel_prepositions = set(d["relabel_as_preposition"])
        self.relabel_pos = set(d["relabel_compound_pos"])
        self.money_nouns = tuple(d["money_activity_nouns"])
        self.adverbial_nouns = set(d["adverbial_nouns"])
        self.rate_coord = set(d["rate_coordinators"])
        self.breakdown = tuple(d["breakdown_markers"])
        self.breakdown_re = regex.compile(d["breakdown_marker_pattern"])
        self.existential = set(d["existential_verbs"])
        self.generic_heads = tuple(d["generic_object_heads"])
        self.share_verbs = set(d["share_verbs"])
        self.dui = set(d["dui_markers"])
        self.dui_predicates = set(d["dui_predicate_verbs"])
        self.change_stop = set(d["change_subject_stop"])
        self.trim_left = tuple(sorted(d["object_trim_left"], key=len, reverse=True))
        self.trim_right = tuple(sorted(d["object_trim_right"], key=len, reverse=True))
        self.adverbs = set(d["adverbs_before_predicate"])
        self.breaks = set(d["clause_breaks"])
        self.verb_pos = set(d["verb_pos"])
        self.noun_pos = set(d["noun_pos"])
        self.reporting = set(d["reporting_verbs"])
        self.domain_verbs = _userdict_verbs(load_json("tagger.json")["userdict"]) | self.reporting
        self.domain_tuple = tuple(sorted((w for w in self.domain_verbs if len(w) > 1), key=len, reverse=True))
        self.copulas = set(d["copulas"])
        self.level_words = set(d["level_words"])
        self.rate_heads = set(d["rate_heads"])
        self.duration_adverbs = set(d["duration_adverbs"])
        self.time_limit_openers = set(d["time_limit_openers"])
        self.counted_things = tuple(d["counted_thing_suffixes"])
        self._relabels: dict[tuple[str, str], str] = {}
        self.result_verbs = set(d["result_verbs"])
        self.summary_markers = set(d["summary_markers"])
        self.penalty_verbs = set(d["penalty_verbs"])
        self.result_complements = set(d["result_complements"])
        self.currency_words = set(d["currency_words"])
        self.event_counters = set(d["event_counters"])
        self.attending_verbs = set(d["attending_verbs"])
        self.patient_heads = tuple(d["patient_heads"])
        self.measure_nouns = set(d["measure_nouns"])
        self.measure_name_suffixes = tuple(d["measure_name_suffixes"])
        self.bare_measure_nouns = set(d["bare_measure_nouns"])
        self.np_joiners = set(d["np_joiners"])
        self.baseline_words = set(d["baseline_words"])
        self.declaring_verbs = set(d["declaring_verbs"])
        self.baseline_markers = set(d["baseline_markers"])
        self.label_colons = tuple(d["label_colons"])
        self.max_label_chars = int(d["max_label_chars"])
        self.prepositions_before_count = set(d["prepositions_before_count"])
        self.rate_trim_verbs = set(d["rate_name_trim_verbs"])

    # -- entry point -----------------------------------------------------

    def attach(self, text: str, sentences: list[tuple[int, int]], quantities: list[Quantity]) -> list[list[Link]]:
        """One list of links per quantity (same order as ``quantities``)."""
        links: list[list[Link]] = [[] for _ in quantities]
        by_sentence: dict[tuple[int, int], list[int]] = {}
        starts = [s for s, _ in sentences]
        for i, q in enumerate(quantities):
            k = bisect.bisect_right(starts, q.start) - 1
            sent = sentences[k] if k >= 0 and q.start < sentences[k][1] else _line_of(text, q.start)
            by_sentence.setdefault(tuple(sent), []).append(i)
        carry, carry_end = None, -1  # the first count's links in the sentence before
        for (s0, s1), idx in by_sentence.items():
            toks = self._tokens(text, s0, s1, [(i, quantities[i]) for i in idx])
            done: dict[int, list[Link]] = {}
            if carry is not None and "\n" not in text[carry_end:s0]:
                done[_CARRIED] = carry  # …受理…1,832件，按时办结率100%。其中施工许可1,126件
            for i in idx:
                try:
                    done[i] = self._attach_one(text, toks, quantities[i], i, done)
                except Exception:  # noqa: BLE001 - a rule bug must not lose the document's mentions
                    logger.exception("attachment failed for %r in %r: the mention is kept without activity",
                                     quantities[i].text, text[s0:s1][:80])
                    done[i] = [{"activity": None, "object": None}]
                links[i] = done[i]
            counted = [i for i in idx if quantities[i].kind in ("count", "money") and any(
                link.get("activity") for link in done[i])]
            # (the sentence's first count is the one a following 其中 breaks down: 受理…3,418件，办结3,418件。其中…)
            carry, carry_end = (done[counted[0]], s1) if counted else (None, -1)
        return links

    # -- tokens ----------------------------------------------------------

    def _tokens(self, text: str, s0: int, s1: int, qs: list[tuple[int, Quantity]]) -> list[Tok]:
        """Tokens of ``text[s0:s1]``: quantities and quoted names whole, the
        rest from the tagger."""
        fixed: list[Tok] = []
        for i, q in qs:
            fixed.append(Tok(q.lead_start if q.lead_start >= s0 else q.start, q.end, text[q.start:q.end], QUANTITY_POS, i,
                             q.unit, q.kind))
        taken = [(t.start, t.end) for t in fixed]
        pos = s0
        for m in _OPENING.finditer(text, s0, s1):
            if m.start() < pos:
                continue  # inside a quote already taken
            pos = m.start()
            paren = m.group() in _PARENS
            if paren and (pos == s0 or text[pos - 1] in self.breaks or text[pos - 1].isspace()
                          or any(b == pos for _, b in taken)):
                # （一） opening a line, （同比…） after a clause, 审结8,106件（含上年结转） after a
                # number: not inside a noun phrase
                continue
            j = text.find((_PARENS if paren else _OPEN_CLOSE)[m.group()], pos + 1, min(s1, pos + (13 if paren else 41)))
            if j != -1 and not any(a < j + 1 and pos < b for a, b in taken):
                fixed.append(Tok(pos, j + 1, text[pos:j + 1], QUOTED_POS))
                taken.append((pos, j + 1))
                pos = j + 1
        fixed.sort(key=lambda t: t.start)
        toks: list[Tok] = []
        cursor = s0
        for f in fixed:
            if f.start < cursor < f.end and f.q is not None:
                # a qualifier read before this number overlaps the previous quantity (…件以上1818件)
                f.start = cursor
            if f.start > cursor:
                toks.extend(self._tag(text, cursor, f.start))
            if f.start >= cursor:
                toks.append(f)
                cursor = f.end
        if cursor < s1:
            toks.extend(self._tag(text, cursor, s1))
        return toks

    def _relabel(self, word: str, tag: str) -> str:
        """The tag the rules use for a tagged word (a function of the pair: memoized)."""
        key = (word, tag)
        cached = self._relabels.get(key)
        if cached is not None:
            return cached
        if word in self.breaks or (len(word) == 1 and not word.isalnum()):
            tag = PUNCT_POS
        elif word in self.copulas:
            tag = "vshi"  # the copula links, it does not govern
        elif word in self.relabel_adverbs:
            tag = "d"  # 累计/共计 are tagged v by jieba but only sum up
        elif word in self.relabel_prepositions:
            tag = "p"  # 依托…平台接入…: a co-verb that introduces the means, not the act
        elif tag in self.relabel_pos and len(word) > 2:
            # jieba tags unknown compounds as idioms or names (依法查处/l, 安全检查/nr):
            # the head decides.
            if word.endswith(self.domain_tuple):
                tag = "v"
            elif word.endswith(self.action_nouns):
                tag = "vn"
        if len(self._relabels) > 200_000:
            self._relabels.clear()
        self._relabels[key] = tag
        return tag

    def _tag(self, text: str, a: int, b: int) -> list[Tok]:
        out = []
        pos = a
        relabel = self._relabel
        for word, tag in self.tagger.tag(text[a:b]):
            tag = relabel(word, tag)
            if tag == PUNCT_POS and word in "，," and out and out[-1].text in self.breakdown:
                tag = "d"  # 其中，违规接纳…案件31起: the comma after 其中 opens the breakdown, it ends no clause
            if word in self.rate_heads and out and out[-1].pos != PUNCT_POS and out[-1].end == pos:
                # 备案/v 率/v → 备案率: the tagger splits rate names it does not know
                prev = out.pop()
                out.append(Tok(prev.start, pos + len(word), prev.text + word, "n"))
            else:
                out.append(Tok(pos, pos + len(word), word, tag))
            pos += len(word)
        return out

    # -- one quantity ----------------------------------------------------

    def _attach_one(self, text: str, toks: list[Tok], q: Quantity, qi: int, done: dict) -> list[Link]:
        k = next((j for j, t in enumerate(toks) if t.q == qi), None)
        if k is None:  # overlapping quantities: no token of its own, so no attachment
            return [{"activity": None, "object": None}]
        c0, c1 = self._clause(toks, k)
        left = toks[c0:k]
        right = toks[k + 1:c1]
        label = self._line_label(text, toks, c0)
        if label is None:
            return self._attach_rules(text, toks, k, left, right, q, done)
        span = _span(label)
        if not left:
            # 现场检查定点医药机构：1.87万家次 — the label is the number's left context
            links = self._attach_rules(text, toks, k, label, right, q, done)
            if links[0]["activity"] is None and (label[-1].pos == "vn" or self._is_action(label[-1].text)):
                return [{"activity": span, "object": None}]  # 行政处罚：1,873件
            return links
        links = self._attach_rules(text, toks, k, left, right, q, done)
        if links[0]["object"] is None and links[0]["activity"] is not None:
            return [{**links[0], "object": span}]  # 行政许可：受理2,964件
        return links

    def _line_label(self, text, toks, c0):
        """The tokens of a table-like line's label, when the number's clause
        follows it: ``label：number`` at the start of a line, a list marker
        (1. 2.) before the label dropped."""
        if c0 < 2 or toks[c0 - 1].text not in self.label_colons:
            return None
        a = c0 - 1
        while a > 0 and not self._is_break(toks[a - 1]) and "\n" not in toks[a - 1].text:
            a -= 1
        label = toks[a:c0 - 1]
        line_start = toks[a].start == 0 or text[toks[a].start - 1] == "\n"
        if not label or not line_start:
            return None
        if self.breakdown_re.match("".join(t.text for t in label)):
            label = self._after_marker(label)
        if not label or sum(len(t.text) for t in label) > self.max_label_chars:
            return None
        return label

    def _verb_object_compound(self, text, toks, link: Link, q=None) -> Link:
        """诉转案42件, 收案69件, 宣布失效3件: an "object" of one character glued
        between the verb and the number, or one that is only an adjective, is part
        of the act's name, not a thing counted."""
        act, obj = link.get("activity"), link.get("object")
        if not act or not obj:
            return link
        inside = [t for t in toks if obj[0] <= t.start and t.end <= obj[1]]
        verb = text[act[0]:act[1]]
        if q is not None and q.unit in self.event_counters and inside and obj[0] >= act[1] \
                and (verb in self.light or verb in self.pivot or verb in self.attending_verbs or self._is_action(verb)) \
                and (inside[-1].pos == "vn" or self._is_action(inside[-1].text)) \
                and not inside[-1].text.endswith(self.event_suffixes) and text[obj[1]:q.start].strip() == "":
            # 旁听庭审两次, 开展执法巡查和专项督察12次: a count of events counts the act itself
            return {**link, "activity": [act[0], obj[1]], "object": None}
        if obj[0] != act[1]:
            return link  # (提供法律咨询服务12次: a service provided is a thing, it stays the object)
        single = obj[1] - obj[0] == 1 and any(t.pos == QUANTITY_POS and t.start == obj[1] for t in toks)
        granted = verb in self.result_verbs and inside and all(
            t.pos == "vn" or self._is_action(t.text) for t in inside)  # 不予行政处罚327件
        declared = inside and ("".join(t.text for t in inside) in self.result_complements or (
            verb in self.declaring_verbs and all(t.pos in ("a", "ad") for t in inside)))
        if single or granted or declared:  # (宣布失效3件: what was declared, not a thing counted)
            return {**link, "activity": [act[0], obj[1]], "object": None}
        return link

    def _attach_rules(self, text, toks, k, left, right, q, done):
        for rule in (self._rate_or_share, self._money_noun, self._change, self._time_limit, self._dui,
                     self._number_before_action, self._respectively,
                     self._verb_before, self._inherit, self._subject_predicate, self._event_noun):
            result = rule(text, toks, k, left, right, q, done)
            if result:
                return [self._verb_object_compound(text, toks, link, q) for link in result]
        # 公证机构112家: no activity; the noun phrase before the number is what it counts
        np = self._after_marker(left) if self._opens_breakdown(left) else left
        for x in range(len(np) - 1, -1, -1):
            if np[x].pos == QUANTITY_POS or np[x].text in "、":
                np = np[x + 1:]
                break
        while np and (np[-1].pos in ("vshi", "d") or np[-1].text in self.rate_fillers
                      or np[-1].text in self.level_words):
            np = np[:-1]  # 直接受众超过600万人次
        while np and np[0].pos in ("d", "ad", "c", "p", "t"):
            np = np[1:]
        nominal = np and all(t.pos in self.noun_pos or t.pos == QUOTED_POS for t in np)
        return [{"activity": None, "object": _unquote(text, self._trim(np)) if nominal else None}]

    def _clause(self, toks: list[Tok], k: int) -> tuple[int, int]:
        a = k
        while a > 0 and not self._is_break(toks[a - 1]):
            a -= 1
        b = k + 1
        while b < len(toks) and not self._is_break(toks[b]):
            b += 1
        return a, b

    def _is_break(self, t: Tok) -> bool:
        return t.pos == PUNCT_POS and (t.text in self.breaks or t.text in "（()）")

    # Rule 1 ---------------------------------------------------------------
    def _rate_or_share(self, text, toks, k, left, right, q, done):
        """办结率100％; 参考率和优秀率均达到100%; 用时控制在60天以内; A占B的43％."""
        while len(left) >= 2 and left[-1].text in "、，," and left[-2].pos == QUANTITY_POS:
            left = left[:-2]  # 分别为98.2%、【96.5%】: read past the earlier numbers of the list
        i = self._skip_level_words(left)
        if i == 0:
            return None
        if q.kind == "percent":
            for j in range(i - 1, -1, -1):
                if left[j].text in self.share_verbs:
                    end = i - 1 if left[i - 1].text == "的" else i
                    return [{"activity": _span(left[j:end]), "object": self._np_before(left, j)}]
        suffixes = self.rate_suffixes if q.kind == "percent" else self.metric_suffixes
        last = left[i - 1]
        tail = last.text if i < 2 else left[i - 2].text + last.text
        if not tail.endswith(suffixes):
            return None
        # Coordinated names: 参考率和优秀率, 按期办结率、申请人满意率
        names = []
        j = i
        cur_end = i
        while j > 0:
            t = left[j - 1]
            if t.text in self.rate_coord:
                names.append((j, cur_end))
                cur_end = j - 1
                j -= 1
                continue
            if t.pos in self.noun_pos or t.pos in self.verb_pos or t.pos == QUOTED_POS:
                j -= 1
                continue
            break
        names.append((j, cur_end))
        names.reverse()
        spans = []
        for a, b in names:
            a = self._trim_name_left(left, a, b)
            if a < b:
                spans.append([left[a].start, left[b - 1].end])
        if not spans:
            return None
        if len(spans) > 1 and any(t.text.startswith("分别") for t in left[i:]):
            # 分别为98.2%、96.5%: the n-th number goes with the n-th name.
            n = self._position_in_list(toks, k)
            if n is not None and n < len(spans):
                return [{"activity": spans[n], "object": None}]
        if len(spans) == 1 and q.kind == "measure" and text[spans[0][0]:spans[0][1]] in self.measure_nouns:
            # 拆除违法建筑27处、面积3,600平方米: the measure of what the act before dealt with
            prev = _previous_links(done, k, toks)
            before = [t for t in toks if t.end <= spans[0][0]]
            joined = before and (before[-1].text == "、" or (before[-1].text in "，," and text[spans[0][0]:spans[0][1]]
                                                              in self.bare_measure_nouns))
            if prev and joined and len(before) > 1 and before[-2].pos == QUANTITY_POS:
                return [{"activity": prev[0]["activity"], "object": spans[0]}]
        if len(spans) == 1:
            return [self._patient_of_name(text, toks, spans[0])]
        return [{"activity": sp, "object": None} for sp in spans]

    def _patient_of_name(self, text, toks, span) -> Link:
        """基本医疗保险参保率, 居民身份证异地换领的办理时限: a rate or time limit
        named with what it is measured on — that thing is the object, the rest
        the activity (a name with nothing of the kind stays whole)."""
        name = [t for t in toks if span[0] <= t.start and t.end <= span[1]]
        if not name or not name[-1].text.endswith(self.measure_name_suffixes + self.rate_suffixes + self.metric_suffixes):
            return {"activity": span, "object": None}  # 审批事项由76项精简至49项: a count's own name
        for x, t in enumerate(name):
            if t.text == "的" and 0 < x < len(name) - 1:
                return {"activity": _span(name[x + 1:]), "object": self._trim(name[:x])}
        for x in range(len(name) - 1, 0, -1):
            if name[x - 1].text.endswith(self.patient_heads) and name[x - 1].pos not in ("v", "vn"):
                patient = name[:x]
                if sum(len(t.text) for t in patient) < 3 or any(t.pos == "v" for t in patient):
                    break  # 案件办结率, 开办企业时间: the name of one process, not a thing and its measure
                return {"activity": _span(name[x:]), "object": self._trim(patient)}
        return {"activity": span, "object": None}

    def _skip_level_words(self, left) -> int:
        """Index after the rate/metric name: skip 均达到, 降至, 控制在, 不超过 …"""
        i = len(left)
        while i > 0:
            t = left[i - 1].text
            if not t.strip():
                i -= 1  # 好评率达到 99.6: a stray space
                continue
            if i >= 2 and left[i - 2].text + t in self.rate_fillers:
                i -= 2  # 稳定/a 在/p: a filler the tagger split
                continue
            if left[i - 1].pos == "t" or t in self.duration_adverbs or _PERIOD.fullmatch(t):
                i -= 1  # 参保率连续五年稳定在97%以上
                continue
            if (t in self.rate_fillers or left[i - 1].pos in ("d", "ul", "uj", "vshi")
                    or t in ("约", "近", "超过", "达", "以上", "不超过", "不足", "不到", "不少于")
                    or (t in self.level_particles and i >= 2 and left[i - 2].pos in self.verb_pos)):
                i -= 1
                if t in self.level_particles and i > 0 and left[i - 1].pos in self.verb_pos:
                    i -= 1  # the verb before 至/到/在 (降至, 控制在); a clause-opening 在 has none
                continue
            if t.endswith(self.level_particles) and left[i - 1].pos in self.verb_pos and len(t) > 1:
                i -= 1
                continue
            break
        return i

    def _position_in_list(self, toks, k):
        """How many numbers of the same list come before token k (98.2%、【96.5%】 → 1)."""
        n = 0
        j = k - 1
        while j >= 0 and toks[j].pos in (PUNCT_POS,) and toks[j].text in "、，," and j - 1 >= 0 and toks[j - 1].pos == QUANTITY_POS:
            n += 1
            j -= 2
        return n

    def _trim_name_left(self, toks, a, b):
        """Drop governing verbs and fillers before a rate name (确保群众满意度 → 群众满意度)."""
        while a < b - 1 and toks[a].text in self.rate_trim_verbs:
            a += 1
        while a < b - 1 and toks[a].text in self.trim_left + tuple(self.change_stop):
            a += 1
        return a

    def _money_noun(self, text, toks, k, left, right, q, done):
        """罚没款43.6万元, 处罚金额合计47.2万元: the money noun is the activity."""
        if q.kind != "money":
            return None
        i = len(left)
        while i > 0 and (left[i - 1].text in self.rate_fillers or left[i - 1].pos in ("d", "ul", "uj", "vshi")
                         or left[i - 1].text in self.currency_words):
            i -= 1  # (处以罚款人民币壹佰贰拾万元: the currency's name is no money noun)
        if i == 0:
            return None
        tail = "".join(t.text for t in left[max(0, i - 2):i])
        if not tail.endswith(self.money_nouns):
            return None
        a = i - 1
        while a > 0 and left[a - 1].pos in self.noun_pos and left[a - 1].pos not in ("m", "q"):
            a -= 1
        nearest = next((t for t in reversed(left[:a]) if t.pos == "v"), None)
        if nearest is not None and nearest.text not in self.penalty_verbs:
            return None  # 冻结涉案资金2360万元: a verb governs the money noun (处以罚款伍仟元 does not)
        return [{"activity": [left[a].start, left[i - 1].end], "object": None}]

    def _time_limit(self, text, toks, k, left, right, q, done):
        """在5个工作日内办结, 做到24小时内响应: a time limit belongs to the act after it."""
        if q.kind != "duration" or q.qualifier != "at_most":
            return None
        j = 0
        while j < len(right) and (right[j].text in self.adverbs or right[j].pos in ("d", "p") or (
                right[j].text in self.dui_predicates and right[j].text not in self.result_verbs)):
            j += 1
        if j < len(right) and right[j].pos in ("v", "vn"):
            act = self._verb_compound_right(right, j)
            # what the act is done to: named after it (即可获得审查决定), or the clause's topic
            # (食品经营许可新办申请承诺在5个工作日内办结)
            x = next(i for i, t in enumerate(right) if t.end == act[1]) + 1
            np = []
            while x < len(right) and (right[x].pos in self.noun_pos or right[x].pos == QUOTED_POS) \
                    and right[x].pos not in ("m", "q"):
                np.append(right[x])
                x += 1
            obj = self._trim(np) if np else self._topic_before_limit(left)
            return [{"activity": act, "object": obj}]
        return None

    def _topic_before_limit(self, left):
        """The clause's opening noun phrase before a time limit (食品经营许可新办申请
        承诺在5个工作日内办结; 依申请公开事项均在20个工作日内答复)."""
        j = 0
        while j < len(left) and left[j].pos not in ("p", "d", "ad", PUNCT_POS) \
                and left[j].text not in self.time_limit_openers:
            j += 1
        np = left[:j]
        if not np or not any(t.pos in self.noun_pos and t.pos != "vn" for t in np):
            return None
        return self._trim(np)

    # Rule 2 ---------------------------------------------------------------
    def _change(self, text, toks, k, left, right, q, done):
        """同比下降21.9%: the activity is what changed; levels stated as
        由58项精简至19项 take the noun before 由."""
        level = self._from_to_subject(left)
        if level is not None:
            return [self._patient_of_name(text, toks, level)]
        if q.change is None:
            return None
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
                while start > 0 and not self._is_break(toks[start - 1]):
                    start -= 1
                subject = toks[start:b]
        # 同比减少6起、下降16.2%: only what follows the last number of the list.
        subject = subject[_last_number(subject) + 1:]
        # 较改革前压缩50%: a comparison's baseline is not what changed
        for x, t in enumerate(subject):
            if t.text in self.baseline_markers:
                subject = subject[:x]
                break
        while subject and (subject[0].text in self.change_stop or subject[0].pos in ("d", "c", "p", "t", PUNCT_POS)):
            subject = subject[1:]
        while subject and (subject[-1].pos in (PUNCT_POS, "d", "ul") or subject[-1].text in self.comparators):
            subject = subject[:-1]
        if subject and not all(t.text in self.comparators or t.pos in ("p", "t", "m", "f") for t in subject):
            return [{"activity": _span(subject), "object": None}]
        prev = _previous_links(done, k, toks, kind=_parent_kind(q))
        return [{"activity": link["activity"], "object": None} for link in prev[:1]] if prev else None

    def _from_to_subject(self, left):
        """由46条减少到16条: both numbers are levels of the noun before 由."""
        for j in range(len(left) - 1, -1, -1):
            if left[j].text == "由" and (j + 1 < len(left) or True):
                after = left[j + 1:]
                while after and after[0].pos != QUANTITY_POS and after[0].pos not in ("v", "vn", "p", PUNCT_POS):
                    after = after[1:]  # 由上年的91.3%提升至97.1%, 由原来的20日压缩至…
                if after and after[0].pos != QUANTITY_POS:
                    return None
                subject = self._trim(left[:j])
                return subject
        return None

    # Rule 3 ---------------------------------------------------------------
    def _dui(self, text, toks, k, left, right, q, done):
        # nearest 对 before the quantity in the sentence, no predicate between
        a = None
        direct = False  # the preposition takes the number itself: 对2.3万余家经营主体适用…, 为1,964户…办理
        for j in range(k - 1, -1, -1):
            t = toks[j]
            if t.text in self.prepositions_before_count and all(
                    x.pos == "d" or x.text in self.relabel_adverbs for x in toks[j + 1:k]):
                a, direct = j, True
                break
            if t.text in self.dui and t.pos == "p" and toks[k - 1].text == "的":
                a, direct = j, True  # 对存在严重失信行为的5家企业依法列入黑名单: 的 ends a modifier of the count
                break
            if t.text in self.dui and t.pos == "p":
                a = j
                break
            if t.text in self.dui_predicates or (t.pos == PUNCT_POS and t.text in "。！？"):
                return None
            if t.pos == "v" and t.text in self.domain_verbs and j == k - 1:
                # 对轻微违法行为依法不予处罚2,468起: the act closed the 对-phrase before the number
                opener = next((x for x in toks[j - 1::-1] if x.text in self.dui and x.pos == "p" or self._is_break(x)),
                              None) if j > 0 else None
                if opener is not None and not self._is_break(opener):
                    return None
        if a is None:
            return None
        obj = self._np_after(toks, k)
        for j in range(k + 1, len(toks)):
            t = toks[j]
            if t.pos == PUNCT_POS and t.text in "。！？":
                return None
            if self._is_break(t) or t.pos == QUANTITY_POS:
                if toks[a].text not in self.dui:
                    return None  # 为/将 + number: only within the number's own clause
                direct = False  # past the clause or into the next item: only 对…进行 is left
            if (direct and obj is not None and t.pos == "v" and t.start >= obj[1]
                    and t.text not in self.dui_predicates and not self._modifier_verb(toks, j)):
                # the first verb after the counted noun phrase governs it
                return [{"activity": self._predicate_after(toks, j) or [t.start, t.end], "object": obj}]
            if toks[a].text not in self.dui:
                continue  # 对…进行 and 对…立案查处 below are 对's own
            if t.text in self.result_verbs and t.text in self.dui_predicates:
                # 对41名当事人作出不予行政处罚决定: what is made is a decision; 作出 is the act
                return [{"activity": [t.start, t.end], "object": obj or self._dui_phrase(toks, a, k)}]
            if t.text in self.dui_predicates or t.text in ("进行了",):
                act = self._predicate_after(toks, j + 1) or [t.start, t.end]
                return [{"activity": act, "object": obj or self._dui_phrase(toks, a, k)}]
            if t.pos == "v" and t.text in self.domain_verbs and toks[j - 1].pos != "p":
                # 对3家单位立案查处
                return [{"activity": self._verb_compound_right(toks, j), "object": obj or self._dui_phrase(toks, a, k)}]
        return None

    def _dui_phrase(self, toks, a, k):
        """对局机关各类合同、协议进行合法性审查60余份: with no noun phrase after the
        number, what 对 introduces is what was counted."""
        if k < a + 2:
            return None
        np = toks[a + 1:k]
        if not np or np[-1].pos == "v" or any(
                t.pos == QUANTITY_POS or (t.pos == PUNCT_POS and t.text != "、") for t in np):
            return None  # (a verb inside is a modifier: 对重复投诉企业约谈…)
        return self._trim(np)

    def _modifier_verb(self, toks, j) -> bool:
        """排污 in 对3-5家重点排污单位开展执法监测: a verb followed by a noun and
        then, in the same clause, by a light verb modifies that noun (not so
        提供 in 提供技术帮扶: 帮扶 is no light verb)."""
        if j + 1 >= len(toks) or toks[j + 1].pos not in self.noun_pos or toks[j + 1].pos == "vn":
            return False
        for t in toks[j + 2:]:
            if self._is_break(t):
                return False
            if t.pos == "v":
                return t.text in self.light or t.text in self.dui_predicates
        return False

    # Rule 4 ---------------------------------------------------------------
    def _number_before_action(self, text, toks, k, left, right, q, done):
        j = 0
        while j < len(right) and right[j].pos == QUANTITY_POS:
            j += 1
        if j >= len(right):
            return None
        rest = right[j:]
        # the action noun phrase must close the clause (共开展5场20人次监督检查。; 3轮46人次法治督察)
        if len(rest) > 3 or not (rest[-1].pos in ("vn", "v") and self._is_action(rest[-1].text)):
            return None
        if any(t.pos not in self.noun_pos and t.pos not in ("vn", "v") for t in rest):
            return None
        first_noun = next((x for x, t in enumerate(rest) if t.pos in self.noun_pos and t.pos != "vn"), None)
        if first_noun is not None and any(t.pos == "v" for t in rest[first_noun + 1:-1]):
            return None  # 14个社区落实整改: a subject and its predicate, not an action noun
        if len(left) and left[-1].pos == "v" and left[-1].text not in self.light:
            return None  # 培训人员80人次参加考试: a real verb before the number governs
        return [{"activity": _span(rest), "object": None}]

    # Rule 5 ---------------------------------------------------------------
    def _respectively(self, text, toks, k, left, right, q, done):
        """受理、办结案件分别为120件、115件: the n-th number goes with the n-th verb."""
        lst = left
        while len(lst) >= 2 and lst[-1].text in "、，," and lst[-2].pos == QUANTITY_POS:
            lst = lst[:-2]
        i = len(lst)
        while i > 0 and (lst[i - 1].text in self.rate_fillers or lst[i - 1].pos in ("vshi", "p")):
            i -= 1
        if i == len(lst) or not any(t.text.startswith("分别") for t in lst[i:]):
            return None
        verbs = []
        j = 0
        while j < i and lst[j].pos != "v":
            j += 1
        while j < i and lst[j].pos == "v":
            verbs.append(lst[j])
            if j + 1 < i and lst[j + 1].text in self.rate_coord:
                j += 2
            else:
                j += 1
                break
        if len(verbs) < 2:
            return None
        n = self._position_in_list(toks, k)
        if n is None or n >= len(verbs):
            return None
        obj = self._trim(lst[j:i])
        return [{"activity": [verbs[n].start, verbs[n].end], "object": obj}]

    def _verb_before(self, text, toks, k, left, right, q, done):
        links = self._verb_before_links(text, toks, k, left, right, q, done)
        if links and len(links) == 1 and links[0]["object"] is None and links[0]["activity"]:
            # 对局机关各类合同、协议进行合法性审查60余份: what 对 introduced is what was counted
            c0 = k - len(left)
            act_start = links[0]["activity"][0]
            for j in range(len(left) - 1, -1, -1):
                if left[j].start >= act_start:
                    continue
                if left[j].text in self.dui and left[j].pos == "p":
                    end = next(x for x in range(j, len(left)) if left[x].start >= act_start or
                               left[x].text in self.dui_predicates)
                    obj = self._dui_phrase(toks, c0 + j, c0 + end)
                    return [{**links[0], "object": obj}] if obj else links
        return links

    def _verb_before_links(self, text, toks, k, left, right, q, done):
        if left and left[-1].text == "的" and any(t.pos == "v" for t in left):
            # 核查属实的96条已依法处理: a count its relative clause describes is the subject of what follows
            act = self._predicate_after(toks, k + 1, clause=True)
            if act is not None:
                return [{"activity": act, "object": self._np_after(toks, k)}]
        if left and left[-1].text in self.summary_markers and self._np_after(toks, k) is not None:
            # 换证等19项高频事项实现“跨省通办”: a number summing up a list is the subject
            act = self._predicate_after(toks, k + 1)
            if act is not None and not any(self._is_break(t) for t in toks[k + 1:] if t.start < act[0]):
                return [{"activity": act, "object": self._np_after(toks, k)}]
        vi = self._governing_verb(left)
        if vi is None and left and left[-1].pos == "vn" and (
                self._is_action(left[-1].text) or all(t.pos in ("d", "ad") for t in left[:-1])):
            # (行政拘留1,203人: a clause that is only an action noun and its number)
            # 培训480人次: the action noun right before the number governs it.
            return [{"activity": [self._extend_action_left(left, len(left) - 1), left[-1].end], "object": None}]
        if vi is None:
            # No true verb: an action noun opening the clause can govern (共检查医疗机构324户次),
            # after the last number before ours (…15件、作为被告的行政诉讼案件8件).
            for j in range(_last_number(left) + 1, len(left)):
                t = left[j]
                if t.pos == "vn" and self._is_action(t.text) and j < len(left) - 1:
                    vi = j
                    break
            if vi is None:
                return None
        if self._opens_breakdown(left) and self._parent_links(done, k, toks, q, left):
            item = self._verb_item(left)
            return [item] if item else None
        v0 = self._compound_start(left, vi)
        if v0 > 0 and v0 < vi and left[v0 - 1].pos == "v" and left[v0 - 1].text in self.domain_verbs \
                and left[v0 - 1].text not in self.light and vi + 1 < len(left) \
                and all(t.pos in self.noun_pos and t.pos != "vn" for t in left[vi + 1:]):
            vi = v0 = v0 - 1  # 下达责令整改通知书29份: the verbs after 下达 name the document it issued
        verb = left[v0:vi + 1]
        np = left[vi + 1:]
        np = np[_last_number(np) + 1:]  # 办理建议86件、【提案】112件: the object starts after the last number
        np_span = self._trim(np)
        vtext = "".join(t.text for t in verb)
        after = self._np_after(toks, k)
        if after is not None and np and (np[-1].text in self.np_joiners or (
                verb[-1].text in self.pivot and len(left) > vi + 1)):
            # 9个县公安局和【22个】局属单位: the noun before belongs to the item before;
            # 组织全省医保系统【1.2万余名】干部职工: after a pivot, the counted noun follows the number
            return [{"activity": [verb[0].start, verb[-1].end], "object": after}]
        if verb[-1].text in self.existential:
            if np_span:
                return [self._existential(np)]
            # 全市共有1,230家门店作出承诺: the number is the subject of what follows in its clause
            # (仅有1至2名，且多为兼职: not of the next clause)
            act = self._predicate_after(toks, k + 1, clause=True)
            # (部分派出所法制员仅有1至2名: what there is, named before the verb)
            obj = self._np_after(toks, k) or (None if act else self._subject_of(left[:v0]))
            return [{"activity": act, "object": obj}]
        if verb[-1].text in self.light or vtext in self.light:
            while np and (np[-1].text in self.level_words or np[-1].text in self.trim_right):
                np = np[:-1]  # 开展下沉调研共计48次
            np_span = self._trim(np)
            head = np[-1].text if np else ""
            if np and (self._is_action(head) or np[-1].pos in ("vn", "v")) and not head.endswith(self.event_suffixes):
                # 开展行政复议案件听证136场次: a counted thing named before the action noun is its object
                x = self._counted_thing_end(np, len(np) - 1)
                if x:
                    return [{"activity": _span(np[x:]), "object": self._trim(np[:x])}]
                return [{"activity": np_span, "object": None}]
            if not np:
                act = self._action_right(right)
                if act:
                    return [{"activity": act, "object": None}]
                # 完成78家单位…监督抽查任务: the action named after the counted units.
                act = self._action_in(right)
                if act:
                    return [{"activity": act, "object": self._np_after(toks, k)}]
        if not np_span and left and left[-1].pos == QUANTITY_POS and left[-1].end == toks[k].start \
                and done.get(left[-1].q):
            # 发布典型案例5批45个: two counts of one thing share its object
            return [{"activity": [verb[0].start, verb[-1].end], "object": done[left[-1].q][0].get("object")}]
        if not np_span:
            # 组织42家医疗单位贯彻执行; 改正570余处不规范行文: the object follows.
            obj = self._np_after(toks, k)
            if self._is_action(vtext) and len(verb) == 1:
                ext = self._extend_action_left(left, v0)
                run = [t for t in left[:v0] if t.start >= ext]
                x = None if obj is not None else self._counted_thing_end(run, len(run))
                if x:
                    # 开展建设项目环评审查210件: the counted thing before the action noun
                    act_start = run[x].start if x < len(run) else verb[0].start
                    return [{"activity": [act_start, verb[-1].end], "object": self._trim(run[:x])}]
                return [{"activity": [ext, verb[-1].end], "object": obj}]
            if obj is None:
                obj = self._topic_before(left, v0)
            return [{"activity": [verb[0].start, verb[-1].end], "object": obj}]
        return [{"activity": [verb[0].start, verb[-1].end], "object": _unquote(text, np_span)}]

    def _counted_thing_end(self, toks, upto: int) -> int | None:
        """The end of the last counted thing (…案件, …文件, …机构) in ``toks[:upto]``
        that is not a verb and, with what precedes it, is longer than two
        characters (案卷评查2次: a two-character noun there is the act's own name)."""
        for x in range(upto, 0, -1):
            if toks[x - 1].text.endswith(self.counted_things) and toks[x - 1].pos not in ("v", "vn") \
                    and sum(len(t.text) for t in toks[:x]) > 2:
                return x
        return None

    def _verb_item(self, left):
        """其中新制定3件、【修改】2件; 其中维持39件、撤销或确认违法9件: an item of a
        breakdown that is a verb (alone or coordinated) is its own activity."""
        item = self._after_marker(left) if self._opens_breakdown(left) else left
        item = item[_last_number(item) + 1:]
        while item and (item[0].pos == PUNCT_POS or (item[0].pos in ("d", "ad") and len(item) > 1
                                                    and item[1].pos == "v")):
            item = item[1:]  # (其中依法/d 撤销9件: the manner goes with the act)
        if not item or item[0].pos != "v":
            return None
        v = 1
        while v < len(item) and item[v].pos in ("v", "vn", "c", "d") and not self._is_action(item[v].text):
            v += 1
        verbs, np = item[:v], item[v:]
        if len(np) == 1 and np[0].text in self.generic_heads:
            return None  # 无证经营案件22起: a kind of case (the verbs modify the generic noun), not an act
        plain = all(t.pos in self.noun_pos and t.pos != "vn" or t.pos == QUOTED_POS for t in np)
        reported = bool(np) and verbs[-1].text in self.domain_verbs and (
            np[-1].pos in self.noun_pos and np[-1].pos != "vn" or np[-1].pos == QUOTED_POS)
        if sum(len(t.text) for t in np) > 1 and (plain or reported):
            # (其中，查处货车超限超载案件318起: the noun phrase may hold verbs, its head is a noun)
            # (一是取消项3项: a verb and one character name a kind, not an act and its object)
            # 其中适用简易程序12件, 其中追回基金4.9亿元: a verb and what it acts on
            return {"activity": _span(verbs), "object": self._trim(np)}
        if any(t.pos not in ("v", "vn", "c", "d") for t in item):
            return None
        if len(item) > 1 and self._is_action(item[-1].text):
            return None  # 变更登记2.1万件: a kind of the parent's act (verb + action noun), an object
        return {"activity": _span(item), "object": None}

    def _subject_of(self, np):
        """The noun phrase before a verb, adverbs and conjunctions off its ends
        (而路政执法人员仅有11人 → 路政执法人员)."""
        while np and np[-1].pos in ("d", "ad", "c"):
            np = np[:-1]
        x = len(np)
        while x > 0 and np[x - 1].pos not in ("v", "vn", "p", "vshi", PUNCT_POS, QUANTITY_POS):
            x -= 1
        np = np[x:]
        if not np or np[-1].pos not in self.noun_pos and np[-1].pos not in ("zg", "ng"):
            return None
        return self._trim(np)

    def _topic_before(self, left, v0):
        """典型案例发布25期: a noun phrase opening the clause before its only verb
        is what the verb counts."""
        np = left[:v0]
        while np and (np[0].pos in ("d", "t", "m", "p", "c") or np[0].text in self.trim_left):
            np = np[1:]
        if np and all(t.pos in _TOPIC_POS and t.text not in self.adverbial_nouns for t in np):
            return self._trim(np)
        return None

    def _governing_verb(self, left: list[Tok]) -> int | None:
        """Index of the verb governing the quantity in its left clause.

        Reporting verbs (受理, 没收, 评查 …: ``reporting_verbs`` and the tagger's
        user dictionary) govern over other verbs, and of a chain of them linked
        only by noun material the leftmost governs (受理行政许可申请: 申请 is part
        of the object). Without one, the nearest verb governs unless it only
        modifies a noun after it (开展联合执法行动: 执法 modifies 行动), in
        which case the walk goes on left. A light verb whose object is a plain
        noun yields to a reporting verb before it (立案查处个人非法开展…案件1起)."""
        cands = [j for j in range(len(left)) if left[j].pos == "v"]
        if not cands:
            return None
        # 通过调解、和解方式结案: a verb right after a preposition is inside its phrase
        cands = [j for j in cands if not (j > 0 and left[j - 1].pos == "p")] or cands
        # 拟废止87件、修改45件: a verb after the last number before ours is the list item's own
        last_q = _last_number(left)
        # 从轻减轻处罚事项18项: a verb right before a generic noun names a kind of thing
        if left and left[-1].text in self.generic_heads:
            run = len(left) - 1
            while run > 0 and left[run - 1].pos in ("v", "d", "ad"):
                run -= 1
            cands = [j for j in cands if j < run] or cands
        if last_q >= 0:
            # an action noun right before ours (…26期、累计培训5,600人次) is the item's own act
            if left[-1].pos == "vn" and self._is_action(left[-1].text) and not any(
                    left[j].pos == "v" for j in range(last_q + 1, len(left))):
                return None
            cands = [j for j in cands if j > last_q] or cands
        strong = [j for j in cands if len(left[j].text) > 1 or left[j].text in self.existential
                  or left[j].text in self.share_verbs or left[j].text in self.domain_verbs]
        pool = strong or cands
        domain = [j for j in pool if left[j].text in self.domain_verbs and left[j].text not in self.light]
        if domain:
            best = domain[-1]
            for p in reversed(domain[:-1]):
                if p + 1 == best or not self._nominal_between(left, p, best):
                    break
                best = p
        else:
            best = pool[-1]
            # (a light verb governs its event noun: 开展普法宣传活动86场)
            while best < len(left) - 1 and left[best].text not in self.light and self._modifies_noun(left, best):
                prev = [c for c in pool if c < best]
                if not prev:
                    # 检查特种设备使用单位: an action noun opening the clause governs
                    action = next((j for j in range(best) if left[j].pos == "vn" and self._is_action(left[j].text)
                                   and self._nominal_between(left, j, best)), None)
                    if action is not None:
                        best = action
                    break
                if not self._nominal_between(left, prev[-1], best) or left[prev[-1]].text in self.pivot \
                        or (left[prev[-1]].text in self.light and best - 1 > prev[-1]
                            and left[best - 1].text.endswith(self.event_suffixes)):
                    # 组织全厅干部旁听庭审两次, 召开党组会议研究法治建设重大问题5次: after a pivot's
                    # or a light verb's object, the later verb governs
                    break
                best = prev[-1]
        if left[best].text in self.light:
            np = left[best + 1:]
            head = np[-1].text if np else ""
            if np and not (self._is_action(head) or head.endswith(self.event_suffixes)):
                before = [c for c in domain if c < best]
                if before:
                    best = before[-1]
        return best

    def _nominal_between(self, left, a, b) -> bool:
        """Only noun-phrase material between tokens a and b (no preposition,
        conjunction or clause punctuation)."""
        return all((t.pos not in ("p", "c", "vshi", PUNCT_POS) or t.text == "、") and t.pos != QUANTITY_POS
                   for t in left[a + 1:b])

    def _modifies_noun(self, left, j) -> bool:
        """超载 in 治理超限超载车辆: noun material follows the verb inside the phrase."""
        return any(t.pos in self.noun_pos and t.pos not in ("m", "q") or t.pos == QUOTED_POS for t in left[j + 1:])

    def _compound_start(self, left, vi):
        """立案/v 查处/v → one activity; at most two verbs, never a light one."""
        v0 = vi
        if vi > 0 and left[vi - 1].pos == "v" and left[vi - 1].text in self.domain_verbs \
                and left[vi - 1].text not in self.light \
                and left[vi - 1].text not in self.existential and left[vi].text not in self.light \
                and left[vi - 1].text not in ("截至", "通过", "根据", "按照", "围绕"):
            v0 = vi - 1
        elif vi > 0 and left[vi - 1].text in self.result_verbs and left[vi - 1].text not in self.light:
            v0 = vi - 1  # 不予处罚, 免予处罚: the negation or grant is part of the act
        return v0

    def _existential(self, np: list[Tok]) -> Link:
        """有行政复议案件4件 → activity 行政复议, object 案件; 现有执业律师2.86万名
        (no event named) → no activity, object 执业律师."""
        while np and np[0].pos == PUNCT_POS:
            np = np[1:]  # (…1.18万人、特困供养人员2,136人: the list's comma)
        if len(np) >= 2 and np[-1].text in self.generic_heads:
            return {"activity": _span(np[:-1]), "object": [np[-1].start, np[-1].end]}
        while np and np[-1].pos == "vshi":
            np = np[:-1]  # 实有经营主体达到41.2万户
        if np and (np[-1].pos in ("v", "vn") or self._is_action(np[-1].text)):
            return {"activity": _span(np), "object": None}
        return {"activity": None, "object": self._trim(np)}

    def _extend_action_left(self, left, v0):
        """理论学习中心组学习21次: the action noun takes the noun run before it."""
        a = v0
        while a > 0 and (left[a - 1].pos in self.noun_pos or left[a - 1].pos == QUOTED_POS or
                         (left[a - 1].pos in self.verb_pos and left[a - 1].text not in self.light)) \
                and left[a - 1].pos not in ("m", "q") and left[a - 1].text not in self.trim_left:
            a -= 1
        b = a - 1
        while b >= 0 and left[b].pos in ("d", "ad", "m"):
            b -= 1
        if a < v0 and b >= 0 and left[b].pos == "p" and any(
                t.pos in ("v", "vn") and t.text not in self.domain_verbs for t in left[a:v0]):
            return left[v0].start  # 对重复投诉企业约谈: the run is the preposition's object, not the act's name
        return left[a].start

    def _action_in(self, right):
        for j, t in enumerate(right):
            if t.pos == "v" and not self._is_action(t.text):
                return None  # 组织36家单位开展能源审计: another verb takes over
            if t.pos in ("vn", "v") and self._is_action(t.text):
                end = j
                if j + 1 < len(right) and right[j + 1].pos in ("vn", "v") and self._is_action(right[j + 1].text):
                    end = j + 1
                if j > 0 and right[j - 1].pos in ("vn", "v") and right[j - 1].text not in self.light:
                    j -= 1
                return [right[j].start, right[end].end]
        return None

    def _action_right(self, right):
        j = 0
        while j < len(right) and right[j].pos == QUANTITY_POS:
            j += 1
        if j < len(right) and right[j].pos in ("vn", "v") and self._is_action(right[j].text):
            return [right[j].start, right[j].end]
        return None

    # Rule 6 ---------------------------------------------------------------
    def _inherit(self, text, toks, k, left, right, q, done):
        # a count is no part of a rate or a change in percent: its parent is the count before
        # (新登记经营主体5,126户，同比增长11.4%，其中企业1,342户; …比例达98%，其中“全程网办”事项1,206项)
        prev = self._parent_links(done, k, toks, q, left)
        if not prev:
            return None
        np = left
        if self._opens_breakdown(left):
            np = self._after_marker(left)
        elif any(t.pos == "v" for t in left):
            return None
        elif not any(t.pos == QUANTITY_POS for t in left) and _previous_unit(k, toks) != q.unit:
            # a clause of its own with no verb and no breakdown marker (…4.5万份，受益群众达12万人次)
            # does not take the verb of the clause before, unless it continues a list of the same
            # counter (推出“掌上办”事项35项,“跨省通办”事项18项) or sits in it (…6000余份、宣传品2000件)
            return None
        obj = self._trim(np)
        after = self._np_after(toks, k)
        last_q = _last_number(left)
        if after is not None and last_q >= 0 and obj is not None and \
                self._np_after(toks, k - len(left) + last_q) == obj:
            obj = after  # 12个乡镇、2个街道均已挂牌: number-first items, each noun after its number
        if obj is None and not self._opens_breakdown(left):
            return None  # 为1350名劳动者追发…: a preposition is no noun phrase
        if not self._opens_breakdown(left) and self._event_split(np):
            return None  # 行政诉讼案件2件 names its own event: see _event_noun
        return [{"activity": link["activity"], "object": _unquote(text, obj)} for link in prev[:1]]

    def _parent_links(self, done, k, toks, q, left):
        """The links a breakdown item or a list continuation inherits: the count
        before in the sentence (skipping rates and time limits), or, for a 其中
        opening the sentence, the first count of the sentence before."""
        prev = _previous_links(done, k, toks, skip_percent=q.kind != "percent", kind=_parent_kind(q))
        if not prev and left and left[0] is toks[0] and self._opens_breakdown(left) and q.kind == "count":
            prev = [link for link in done.get(_CARRIED) or [] if link.get("activity")]
        return prev

    def _opens_breakdown(self, left: list[Tok]) -> bool:
        head = "".join(t.text for t in left[:3])
        return head.startswith(self.breakdown) or bool(self.breakdown_re.match(head))

    def _after_marker(self, left):
        head = "".join(t.text for t in left)
        m = self.breakdown_re.match(head)
        n = m.end() if m else next((len(w) for w in self.breakdown if head.startswith(w)), 0)
        consumed = 0
        for j, t in enumerate(left):
            if consumed >= n:
                return left[j:]
            consumed += len(t.text)
        return []

    def _event_noun(self, text, toks, k, left, right, q, done):
        """行政处罚案件44件 (a table row, a clause with no verb): the event noun is
        the activity and the generic head the object, as after existential 有."""
        np = [t for t in left if t.pos not in ("d", "t", "m", PUNCT_POS)]
        if np and np[-1].pos == "vshi" and not any(t.pos == "v" for t in np):
            # 参训人员达600人次: what the copula measures
            subject = self._trim(np[:-1])
            if subject:
                return [{"activity": subject, "object": None}]
        split = self._event_split(np)
        return [split] if split else None

    def _event_split(self, np: list[Tok]):
        if len(np) >= 2 and np[-1].text.endswith(self.generic_heads) and (
                np[-2].pos == "vn" or self._is_action(np[-2].text)):
            return self._existential(np)
        return None

    # Rule 7 ---------------------------------------------------------------
    def _subject_predicate(self, text, toks, k, left, right, q, done):
        obj = self._np_after(toks, k)
        act = self._predicate_after(toks, k + 1)
        if act is None:
            return None
        if obj is None:
            obj = self._subject_of(left)  # 班子成员9人分别联系12个执法中队: the subject names what is counted
        return [{"activity": act, "object": obj}]

    # -- helpers ---------------------------------------------------------

    def _predicate_after(self, toks, j, clause: bool = False):
        """First predicate at or after token j in the sentence (skipping the
        subject's noun phrase and adverbs); a light verb gives way to the
        action noun after it (进行了专项检查 → 专项检查)."""
        n = len(toks)
        while j < n:
            t = toks[j]
            if t.pos == PUNCT_POS and t.text in "。！？" or (clause and self._is_break(t)):
                return None
            if t.pos == PUNCT_POS and self._opens_breakdown(toks[j + 1:j + 4]):
                return None  # the next clause starts a breakdown: it is not our predicate
            if self._is_break(t) and j + 1 < n and toks[j + 1].pos in ("v", "vn", "p"):
                return None  # the next clause opens with its own verb (…320条，办理…22件): not ours
            if self._is_break(t) and self._clause_has_number(toks, j + 1):
                return None  # 公证机构112家，全年办理公证事项63万件: that predicate has its own number
            if t.pos in ("v", "vn") and t.text not in self.adverbs and not (t.pos == "vn" and j + 1 < n and toks[j + 1].pos in self.noun_pos and toks[j + 1].pos != "vn" and t.text not in self.domain_verbs):
                if (t.text in self.light or t.text in self.dui_predicates) and t.text not in self.result_verbs:
                    nxt = j + 1
                    while nxt < n and toks[nxt].pos in ("ul", "uz", "ug") or (nxt < n and toks[nxt].text in self.adverbs):
                        nxt += 1
                    if nxt < n and toks[nxt].pos in ("v", "vn"):
                        return self._verb_compound_right(toks, nxt)
                    # 开展校园周边环境整治: the action noun phrase after the light verb
                    end = nxt
                    while end < n and toks[end].pos in self.noun_pos and not self._is_break(toks[end]):
                        end += 1
                    if end > nxt and self._is_action(toks[end - 1].text):
                        return [toks[nxt].start, toks[end - 1].end]
                return self._verb_compound_right(toks, j)
            j += 1
        return None

    def _clause_has_number(self, toks, j) -> bool:
        while j < len(toks) and not self._is_break(toks[j]):
            if toks[j].pos == QUANTITY_POS:
                return True
            j += 1
        return False

    def _verb_compound_right(self, toks, j):
        end = j
        if j + 1 < len(toks) and toks[j + 1].pos in ("v", "vn") and toks[j + 1].text not in self.light:
            end = j + 1
        return [toks[j].start, toks[end].end]

    def _np_after(self, toks, k):
        """The noun phrase right after a quantity (42家医疗单位 → 医疗单位)."""
        j = k + 1
        out = []
        while j < len(toks):
            t = toks[j]
            if t.pos in (PUNCT_POS, QUANTITY_POS, "p", "c", "i", "vshi"):
                break
            if t.pos == "v" or (t.pos == "vn" and out and self._is_action(t.text)):
                break
            if t.text in self.adverbs:
                break
            out.append(t)
            j += 1
        span = self._trim(out)
        return span

    def _np_before(self, left, j):
        """The subject before 占 (联合抽查计划占…): back to the clause start."""
        a = j
        while a > 0 and left[a - 1].pos not in (PUNCT_POS, QUANTITY_POS, "p"):
            a -= 1
        return self._trim(left[a:j])

    def _trim(self, toks: list[Tok]):
        toks = toks[_last_number(toks) + 1:]  # a span never runs back over another number (维持39件、【撤销】9件)
        while toks and (toks[0].text in self.trim_left or toks[0].pos in ("ul", "uj", "d", "c", "p", PUNCT_POS)):
            toks = toks[1:]
        while toks and (toks[-1].text in self.trim_right or toks[-1].pos in ("ul", "uj", "d", "c", "p", PUNCT_POS, "m")):
            toks = toks[:-1]
        return _span(toks) if toks else None

    def _is_action(self, word: str) -> bool:
        return word.endswith(self.action_nouns)


def _span(toks: list[Tok]):
    return [toks[0].start, toks[-1].end] if toks else None


def _unquote(text: str, span):
    """推出“秒批”21件 → object 秒批: counted names lose their quote marks."""
    if span is None:
        return None
    s, e = span
    if e - s > 2 and text[s] in _OPEN_CLOSE and text[e - 1] == _OPEN_CLOSE[text[s]]:
        return [s + 1, e - 1]
    return span


def _last_number(toks: list[Tok]) -> int:
    """Index of the last quantity token in ``toks``, -1 when there is none."""
    return next((x for x in range(len(toks) - 1, -1, -1) if toks[x].pos == QUANTITY_POS), -1)


def _parent_kind(q: Quantity) -> str | None:
    """The kind a count's or an amount's parent must have (see _previous_links)."""
    return q.kind if q.kind in ("count", "money") else None


def _previous_unit(k: int, toks: list[Tok]) -> str | None:
    """The unit of the last quantity before token k in the sentence."""
    for j in range(k - 1, -1, -1):
        if toks[j].pos == QUANTITY_POS:
            return toks[j].unit
        if toks[j].pos == PUNCT_POS and toks[j].text in "。！？":
            break
    return None


def _previous_links(done: dict, k: int, toks: list[Tok], skip_percent: bool = False, kind: str | None = None):
    """The links of the nearest quantity before token k in the sentence that has
    an activity (of ``kind``, when given: a count's parent is a count, not the
    time limit between them: 受理信访事项64件，均在15日内办结，其中网上信访41件)."""
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if t.pos == PUNCT_POS and t.text in "。！？":
            break
        if skip_percent and t.unit in _PERCENT_UNITS:
            continue
        if kind is not None and t.kind is not None and t.kind != kind and t.kind in _PARENT_KINDS:
            continue
        if t.q is not None and t.q in done:
            links = [link for link in done[t.q] if link.get("activity")]
            if links:
                return links
    return None


def _line_of(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return (a, len(text) if b == -1 else b)


@lru_cache(maxsize=4)
def _userdict_verbs(name: str) -> frozenset:
    words = set()
    with open(data_path(name), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3 and parts[2] in ("v", "vn"):
                words.add(parts[0])
    return frozenset(words)
