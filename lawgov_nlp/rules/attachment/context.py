"""What every construction shares: the word lists of ``data/attachment.json``
(one :class:`Context` built once per :class:`AttachmentRules` and passed to
every construction) and the helpers that read tokens with them — the clause
around a number, the noun phrase before or after it, the verb governing it,
the predicate after it, trimming a span, the links of the count before."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator
from functools import lru_cache

import regex

from ..lexicons import data_path, load_json
from ..quantity_grammar import Quantity
from .tokens import OPEN_CLOSE, PUNCT_POS, QUANTITY_POS, QUOTED_POS, Tok

Link = dict  # {"activity": [s, e] | None, "object": [s, e] | None}; AttachmentRules.attach adds "rule"

#: POS of a clause-opening topic that can be the counted object (not places 现场/s, times 全年/t).
TOPIC_POS = frozenset({"n", "nz", "nt", "nrt", "j", "l", "i"})
PERCENT_UNITS = frozenset({"%", "百分点", "‰"})
#: ``done`` key of the links a breakdown opening the next sentence may inherit
CARRIED = -1
#: kinds a count or an amount never takes its parent activity from (a time limit, a rate,
#: and each other's: 查处案件420件，罚没款426.8万元，其中医疗卫生类案件217件 → 查处)
PARENT_KINDS = frozenset({"duration", "percent", "count", "money"})
#: 三年, 5个月: a period said before a level (连续三年稳定在…), never its subject
PERIOD = regex.compile(r"[0-9０-９一二三四五六七八九十两]+个?(?:年|月|季度)")


@dataclass(slots=True)
class Sentence:
    """The state of one sentence while its quantities are attached: the
    document text and the sentence's tokens, with indexes over them built
    once for all its quantities (a flattened table holds one every few
    tokens: a scan of the sentence per quantity was most of its cost)."""
    text: str
    toks: list[Tok]
    _breaks: list[int] | None = None  # indices of the clause-break tokens
    _token_of: dict[int, int] | None = None  # quantity index -> its token's index
    _bounds: tuple[list[int], list[int]] | None = None  # the tokens' starts and ends (both ascending)
    _marks: dict[str, list[int]] | None = None  # walk_left's indexes, by name

    def within(self, a: int, b: int) -> list[Tok]:
        """The tokens lying inside the characters ``[a, b)``: ``[t for t in toks
        if a <= t.start and t.end <= b]``, found by bisection (tokens are sorted
        and do not overlap)."""
        if self._bounds is None:
            self._bounds = [t.start for t in self.toks], [t.end for t in self.toks]
        starts, ends = self._bounds
        return self.toks[bisect.bisect_left(starts, a):bisect.bisect_right(ends, b)]

    def token_of(self, qi: int) -> int | None:
        """Index of the first token standing for quantity ``qi`` (None: it has none)."""
        if self._token_of is None:
            self._token_of = {}
            for j, t in enumerate(self.toks):
                if t.q is not None:
                    self._token_of.setdefault(t.q, j)
        return self._token_of.get(qi)

    def walk_left(self, k: int, name: str, stops) -> "Iterator[int]":
        """``range(k - 1, -1, -1)`` without the tokens a walk left ignores: the
        token right before ``k``, then, nearest first, only the tokens for which
        ``stops(tok)`` is true (indexed once per sentence under ``name``). For
        a construction whose walk looks at every token for the same few words
        (:class:`~.constructions.dui.Dui`): a flattened table has no 对 and no
        predicate, and each of its mentions walked to the sentence start."""
        if k <= 0:
            return
        yield k - 1
        marks = self._marks.get(name) if self._marks is not None else None
        if marks is None:
            if self._marks is None:
                self._marks = {}
            marks = self._marks[name] = [j for j, t in enumerate(self.toks) if stops(t)]
        for i in range(bisect.bisect_left(marks, k - 1) - 1, -1, -1):
            yield marks[i]

    def clause(self, ctx: "Context", k: int) -> tuple[int, int]:
        """Token range of the clause around token ``k`` (between the clause
        breaks of :meth:`Context.is_break`), from the sentence's break index."""
        if self._breaks is None:
            self._breaks = [j for j, t in enumerate(self.toks) if ctx.is_break(t)]
        breaks = self._breaks
        i = bisect.bisect_left(breaks, k)
        a = breaks[i - 1] + 1 if i else 0
        i = bisect.bisect_right(breaks, k, i)
        return a, (breaks[i] if i < len(breaks) else len(self.toks))


class Context:
    """The word lists (one attribute each) and the helpers shared by the constructions."""

    def __init__(self, path: str = "attachment.json"):
        d = load_json(path)
        self.light = set(d["light_verbs"])
        self.pivot = set(d["pivot_verbs"])
        self.event_suffixes = tuple(d["event_noun_suffixes"])
        self.action_nouns = tuple(sorted(d["action_nouns"], key=len, reverse=True))
        self.rate_suffixes = tuple(d["rate_suffixes"])
        self.rate_fillers = tuple(sorted(d["rate_fillers"], key=len, reverse=True))
        self.metric_suffixes = tuple(d["metric_suffixes"])
        self.level_particles = tuple(d["level_particles"])
        change = load_json("quantity_context.json")["change"]
        self.comparators = set(change["comparators"])
        #: 减少入企检查3.8万户次: verbs that open a change before the name of what changed
        self.metric_change_verbs = set(change["metric_change"]["increase"] + change["metric_change"]["decrease"])
        self.relabel_adverbs = set(d["relabel_as_adverb"])
        self.relabel_prepositions = set(d["relabel_as_preposition"])
        self.relabel_pos = set(d["relabel_compound_pos"])
        self.money_nouns = tuple(d["money_activity_nouns"])
        self.adverbial_nouns = set(d["adverbial_nouns"])
        self.rate_coord = set(d["rate_coordinators"])
        self.breakdown = tuple(d["breakdown_markers"])
        self.breakdown_re = regex.compile(d["breakdown_marker_pattern"])
        self.existential = set(d["existential_verbs"])
        self.totality = frozenset(d["totality_adverbs"])
        self.time_heads = frozenset(d["time_limit_heads"])
        self.time_modifiers = frozenset(d["time_limit_modifiers"])
        self.generic_heads = tuple(d["generic_object_heads"])
        self.case_heads = tuple(d["case_heads"])
        self.person_heads = tuple(d["person_heads"])
        self.verbal_heads = frozenset(d["verbal_heads"])
        self.motion_verbs = frozenset(d["motion_verbs"])
        self.rated_heads = frozenset(d["rated_heads"])
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
        self.result_verbs = set(d["result_verbs"])
        self.summary_markers = set(d["summary_markers"])
        self.penalty_verbs = set(d["penalty_verbs"])
        self.result_complements = set(d["result_complements"])
        self.currency_words = set(d["currency_words"])
        self.event_counters = set(d["event_counters"])
        self.audience_units = frozenset(d.get("audience_units", ()))
        self.frequency_units = frozenset(d.get("frequency_units", ()))
        self.subject_joiners = frozenset(d.get("subject_joiners", ()))
        self.attending_verbs = set(d["attending_verbs"])
        self.patient_heads = tuple(d["patient_heads"])
        self.measure_nouns = set(d["measure_nouns"])
        self.measure_name_suffixes = tuple(d["measure_name_suffixes"])
        self.bare_measure_nouns = set(d["bare_measure_nouns"])
        self.np_joiners = set(d["np_joiners"])
        self.example_markers = set(d["example_markers"])
        self.completive = set(d["completive_verbs"])
        self.task_heads = set(d["task_heads"])
        self.baseline_words = set(d["baseline_words"])
        self.declaring_verbs = set(d["declaring_verbs"])
        self.baseline_markers = set(d["baseline_markers"])
        self.label_colons = tuple(d["label_colons"])
        self.max_label_chars = int(d["max_label_chars"])
        self.prepositions_before_count = set(d["prepositions_before_count"])
        self.rate_trim_verbs = set(d["rate_name_trim_verbs"])
        # the constructions, by name, in the order they are tried (a file of its own may leave it out)
        self.construction_order = list(d.get("construction_order") or load_json("attachment.json")["construction_order"])
        self.construction_refiners = list(d.get("construction_refiners", load_json("attachment.json")
                                                ["construction_refiners"]))

    # -- clauses ---------------------------------------------------------

    def is_break(self, t: Tok) -> bool:
        return t.pos == PUNCT_POS and (t.text in self.breaks or t.text in "（()）")

    def is_action(self, word: str) -> bool:
        return word.endswith(self.action_nouns)

    def opens_breakdown(self, left: list[Tok]) -> bool:
        """其中…, 一是…: the clause opens a breakdown of the count before."""
        head = "".join(t.text for t in left[:3])
        return head.startswith(self.breakdown) or bool(self.breakdown_re.match(head))

    def after_marker(self, left):
        """The tokens after a breakdown or list marker (其中, 一是, 1.)."""
        head = "".join(t.text for t in left)
        m = self.breakdown_re.match(head)
        n = m.end() if m else next((len(w) for w in self.breakdown if head.startswith(w)), 0)
        consumed = 0
        for j, t in enumerate(left):
            if consumed >= n:
                return left[j:]
            consumed += len(t.text)
        return []

    def clause_has_number(self, toks, j) -> bool:
        while j < len(toks) and not self.is_break(toks[j]):
            if toks[j].pos == QUANTITY_POS:
                return True
            j += 1
        return False

    # -- predicates and verbs ----------------------------------------------

    def predicate_after(self, toks, j, clause: bool = False):
        """First predicate at or after token j in the sentence (skipping the
        subject's noun phrase and adverbs); a light verb gives way to the
        action noun after it (进行了专项检查 → 专项检查)."""
        n = len(toks)
        while j < n:
            t = toks[j]
            if t.pos == PUNCT_POS and t.text in "。！？" or (clause and self.is_break(t)):
                return None
            if t.pos == PUNCT_POS and self.opens_breakdown(toks[j + 1:j + 4]):
                return None  # the next clause starts a breakdown: it is not our predicate
            if self.is_break(t) and j + 1 < n and toks[j + 1].pos in ("v", "vn", "p"):
                return None  # the next clause opens with its own verb (…320条，办理…22件): not ours
            if self.is_break(t) and self.clause_has_number(toks, j + 1):
                return None  # 公证机构112家，全年办理公证事项63万件: that predicate has its own number
            if t.pos in ("v", "vn") and t.text not in self.adverbs and not (t.pos == "vn" and j + 1 < n and toks[j + 1].pos in self.noun_pos and toks[j + 1].pos != "vn" and t.text not in self.domain_verbs):
                # (a count of people before 参加/参与 attended: 52名干部全部参加年度学法考试 → 参加)
                if (t.text in self.light or t.text in self.dui_predicates) and t.text not in self.result_verbs \
                        and t.text not in self.attending_verbs:
                    nxt = j + 1
                    while nxt < n and toks[nxt].pos in ("ul", "uz", "ug", "t") or (nxt < n and toks[nxt].text in self.adverbs):
                        nxt += 1  # (进行了, 进行夜间/t 突击检查)
                    run = nxt
                    while run < n and toks[run].pos in ("v", "vn", "n", "nz") and not self.is_break(toks[run]):
                        run += 1
                    if run > nxt and toks[run - 1].text.endswith(self.event_suffixes) and toks[run - 1].pos != "v":
                        return [t.start, t.end]  # 在5个社区开展普法活动: a light verb governs its event noun
                    if nxt < n and toks[nxt].pos in ("v", "vn"):
                        return self.verb_compound_right(toks, nxt)
                    # 开展校园周边环境整治: the action noun phrase after the light verb
                    end = nxt
                    while end < n and toks[end].pos in self.noun_pos and not self.is_break(toks[end]):
                        end += 1
                    if end > nxt and end < n and toks[end].pos in ("v", "vn") and self.is_action(toks[end].text):
                        end += 1  # 全部完成年度/n 述法/v: the action closes the phrase
                    if end > nxt and self.is_action(toks[end - 1].text):
                        return [toks[nxt].start, toks[end - 1].end]
                return self.verb_compound_right(toks, j)
            j += 1
        return None

    def verb_compound_right(self, toks, j):
        """The verb at j, with a second verb right after it (立案/v 查处/v)."""
        end = j
        if j + 1 < len(toks) and toks[j + 1].pos in ("v", "vn") and toks[j + 1].text not in self.light:
            end = j + 1
        return [toks[j].start, toks[end].end]

    def governing_verb(self, left: list[Tok]) -> int | None:
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
        # 追回被冒领、违规领取的社会保险基金: a verb before 的 modifies the noun after it
        # (alone, it is the count's act: 新设立的调解组织6个 → 设立)
        def before_de(j):  # (the verb, or a compound of two, right before 的)
            n = len(left)
            return j + 1 < n and left[j + 1].text == "的" or (
                j + 2 < n and left[j + 1].pos == "v" and left[j + 2].text == "的")
        cands = [j for j in cands if not before_de(j)] or cands
        # 拟废止87件、修改45件: a verb after the last number before ours is the list item's own
        last_q = last_number(left)
        # 从轻减轻处罚事项18项: a verb right before a generic noun names a kind of thing
        if left and left[-1].text in self.generic_heads:
            run = len(left) - 1
            while run > 0 and left[run - 1].pos in ("v", "d", "ad"):
                run -= 1
            cands = [j for j in cands if j < run] or cands
        if last_q >= 0:
            # an action noun right before ours (…26期、累计培训5,600人次) is the item's own act
            if left[-1].pos == "vn" and self.is_action(left[-1].text) and not any(
                    left[j].pos == "v" for j in range(last_q + 1, len(left))):
                return None
            item = [j for j in cands if j > last_q]
            if item and left[last_q + 1].text == "、" and left[last_q].pos == QUANTITY_POS \
                    and left[-1].pos in self.noun_pos and left[-1].pos != "vn" and not any(
                    left[j].text in self.domain_verbs or not self.modifies_noun(left, j) for j in item):
                # 出动执法人员6,820人次、执法/v 车船1,430辆次: a list item whose only verbs modify
                # its noun names a thing; the verb of the list governs it
                item = [j for j in cands if j < last_q]
            cands = item or cands
        strong = [j for j in cands if len(left[j].text) > 1 or left[j].text in self.existential
                  or left[j].text in self.share_verbs or left[j].text in self.domain_verbs]
        pool = strong or cands
        domain = [j for j in pool if left[j].text in self.domain_verbs and left[j].text not in self.light]
        if domain:
            best = domain[-1]
            for p in reversed(domain[:-1]):
                if p + 1 == best or not self.nominal_between(left, p, best):
                    break
                if any(t.pos == "v" and len(t.text) >= 4 for t in left[p + 1:best]):
                    break  # 公开征求意见/v 收到意见建议: a verb-object compound between them is a predicate of its own
                if self.in_prepositional_phrase(left, p):
                    break  # 在市行政执法信息公示/v 平台公示执法信息: a verb inside 在's noun phrase
                best = p
            if left[best].text in self.pivot:
                # 指导门店设立限用农药专柜87个: after a pivot's object, the inner verb governs
                inner = [c for c in cands if c > best and self.nominal_between(left, best, c)]
                if inner and inner[0] + 1 < len(left):
                    best = inner[0]
        else:
            best = pool[-1]
            # (a light verb governs its event noun: 开展普法宣传活动86场)
            while best < len(left) - 1 and left[best].text not in self.light and self.modifies_noun(left, best):
                prev = [c for c in pool if c < best]
                if not prev:
                    # 检查特种设备使用单位: an action noun opening the clause governs
                    action = next((j for j in range(best) if left[j].pos == "vn" and self.is_action(left[j].text)
                                   and self.nominal_between(left, j, best)), None)
                    if action is not None:
                        best = action
                    elif left[-1].text in self.np_joiners and left[-1].pos == "c" and len(left) > 1 \
                            and left[-2].pos in self.noun_pos and best > 0 and left[best - 1].pos in self.noun_pos \
                            and left[best - 1].pos != "vn":
                        # 镇人民调解/v 委员会和【13个】村调委会全年排查…: the count is a subject
                        # coordinated with a noun phrase; no verb of the clause governs it
                        return None
                    break
                if not self.nominal_between(left, prev[-1], best) or left[prev[-1]].text in self.pivot \
                        or (left[prev[-1]].text in self.light and best - 1 > prev[-1]
                            and left[best - 1].text.endswith(self.event_suffixes)):
                    # 组织全厅干部旁听庭审两次, 召开党组会议研究法治建设重大问题5次: after a pivot's
                    # or a light verb's object, the later verb governs
                    break
                best = prev[-1]
        if left[best].text not in self.light and left[-1].text.endswith(self.event_suffixes) \
                and left[-1].pos != "v" and all(t.pos in self.noun_pos for t in left[best + 1:]):
            # 开展“你点我检”抽检/v 活动12场: a verb naming an event's kind leaves the event to the light verb
            light = [c for c in cands if c < best and left[c].text in self.light]
            if light:
                best = light[-1]
        if left[best].text in self.light:
            np = left[best + 1:]
            head = np[-1].text if np else ""
            if np and not (self.is_action(head) or head.endswith(self.event_suffixes)):
                before = [c for c in domain if c < best]
                if before:
                    best = before[-1]
        return best

    def in_prepositional_phrase(self, left, j) -> bool:
        """The verb at j sits inside the noun phrase of a preposition before it
        (在/p 市/n 行政执法/n 信息/n 公示/v 平台/n): only nouns between them, and a noun after it."""
        if j + 1 >= len(left) or left[j + 1].pos not in self.noun_pos or left[j + 1].pos == "vn":
            return False
        x = j - 1
        while x >= 0 and (left[x].pos in self.noun_pos and left[x].pos != "vn"
                          or left[x].pos == "v" and left[x].text not in self.domain_verbs):
            x -= 1  # (行政/n 执法/v 信息/n: a verb of no report act modifies the noun)
        return x >= 0 and x < j - 1 and left[x].pos == "p"

    def nominal_between(self, left, a, b) -> bool:
        """Only noun-phrase material between tokens a and b (no preposition,
        conjunction or clause punctuation)."""
        return all((t.pos not in ("p", "c", "vshi", PUNCT_POS) or t.text == "、") and t.pos != QUANTITY_POS
                   for t in left[a + 1:b])

    def modifies_noun(self, left, j) -> bool:
        """超载 in 治理超限超载车辆: noun material follows the verb inside the phrase."""
        return any(t.pos in self.noun_pos and t.pos not in ("m", "q") or t.pos == QUOTED_POS for t in left[j + 1:])

    # -- noun phrases ------------------------------------------------------

    def np_after(self, toks, k):
        """The noun phrase right after a quantity (42家医疗单位 → 医疗单位); an
        action noun inside it before its head noun stays in it (5个县级法治宣传/vn
        阵地/n), and a level word alone shares the head of the next item (建成3个
        市级、5个县级法治宣传阵地 → 3个: 法治宣传阵地)."""
        j = k + 1
        out = []
        n = len(toks)
        while j < n:
            t = toks[j]
            if t.pos in (PUNCT_POS, QUANTITY_POS, "p", "c", "i", "vshi"):
                break
            if t.pos == "v" or (t.pos == "vn" and out and self.is_action(t.text) and not self._noun_head_after(toks, j)):
                break
            if t.text in self.adverbs:
                break
            out.append(t)
            j += 1
        if len(out) == 1 and out[0].text.endswith("级") and j + 1 < n and toks[j].text == "、" \
                and toks[j + 1].pos == QUANTITY_POS:
            nxt = self.np_after(toks, j + 1)
            if nxt is not None:
                head = [t for t in toks[j + 2:] if t.start >= nxt[0] and t.end <= nxt[1]]
                if len(head) > 1 and head[0].text.endswith("级"):
                    return [head[1].start, head[-1].end]
        span = self.trim(out)
        return span

    def _noun_head_after(self, toks, j) -> bool:
        """Action nouns from j on end in a plain noun (法治宣传/vn 教育/vn 基地/n)."""
        while j < len(toks) and toks[j].pos == "vn":
            j += 1
        return j < len(toks) and toks[j].pos in self.noun_pos and toks[j].pos != "vn" and toks[j].pos != QUANTITY_POS

    def np_before(self, left, j):
        """The subject before 占 (联合抽查计划占…): back to the clause start."""
        a = j
        while a > 0 and left[a - 1].pos not in (PUNCT_POS, QUANTITY_POS, "p"):
            a -= 1
        return self.trim(left[a:j])

    def subject_of(self, np):
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
        return self.trim(np)

    def trim(self, toks: list[Tok]):
        """The span of ``toks`` after the last number in them, fillers,
        particles, adverbs and punctuation off both ends (None when nothing is left)."""
        toks = toks[last_number(toks) + 1:]  # a span never runs back over another number (维持39件、【撤销】9件)
        while toks and (toks[0].text in self.trim_left or toks[0].pos in ("ul", "uj", "d", "c", "p", PUNCT_POS)):
            toks = toks[1:]
        while toks and (toks[-1].text in self.trim_right or toks[-1].pos in ("ul", "uj", "d", "c", "p", PUNCT_POS, "m")):
            toks = toks[:-1]
        return span(toks) if toks else None

    def existential_link(self, np: list[Tok]) -> Link:
        """有行政复议案件4件 → activity 行政复议, object 案件; 现有执业律师2.86万名
        (no event named) → no activity, object 执业律师."""
        while np and np[0].pos == PUNCT_POS:
            np = np[1:]  # (…1.18万人、特困供养人员2,136人: the list's comma)
        if len(np) >= 2 and np[-1].text in self.generic_heads:
            return {"activity": span(np[:-1]), "object": [np[-1].start, np[-1].end]}
        while np and np[-1].pos == "vshi":
            np = np[:-1]  # 实有经营主体达到41.2万户
        if np and (np[-1].pos in ("v", "vn") or self.is_action(np[-1].text)):
            return {"activity": span(np), "object": None}
        return {"activity": None, "object": self.trim(np)}

    def event_split(self, np: list[Tok]):
        """行政诉讼案件 → activity 行政诉讼, object 案件: an event noun before a generic head."""
        if len(np) >= 2 and np[-1].text.endswith(self.generic_heads) and (
                np[-2].pos == "vn" or self.is_action(np[-2].text)):
            return self.existential_link(np)
        return None

    def patient_of_name(self, text, toks, span_, levels: bool = False) -> Link:
        """基本医疗保险参保率, 居民身份证异地换领的办理时限: a rate or time limit
        named with what it is measured on — that thing is the object, the rest
        the activity (a name with nothing of the kind stays whole)."""
        name = [t for t in toks if span_[0] <= t.start and t.end <= span_[1]]
        if not name or not name[-1].text.endswith(self.measure_name_suffixes + self.rate_suffixes + self.metric_suffixes):
            return {"activity": span_, "object": None}  # 审批事项由76项精简至49项: a count's own name
        for x, t in enumerate(name):
            if t.text == "的" and 0 < x < len(name) - 1:
                return {"activity": span(name[x + 1:]), "object": self.trim(name[:x])}
        for x in range(len(name) - 1, 0, -1):
            if name[x - 1].text.endswith(self.patient_heads) and name[x - 1].pos not in ("v", "vn"):
                patient = name[:x]
                if sum(len(t.text) for t in patient) < 3 or any(t.pos == "v" for t in patient):
                    break  # 案件办结率, 开办企业时间: the name of one process, not a thing and its measure
                return {"activity": span(name[x:]), "object": self.trim(patient)}
        x = self.time_limit_core(name)
        if x is not None:
            return {"activity": span(name[x:]), "object": self.trim(name[:x])}
        if levels and len(name) >= 2 and name[-1].text.endswith("率") and len(name[-1].text) >= 3 \
                and all(t.pos in TOPIC_POS for t in name[:-1]) and not name[-2].text.endswith("性") \
                and sum(len(t.text) for t in name[:-1]) >= 4:
            # 全市业主委员会组建率由41.2%提升至52.6%: a rate's levels said of a thing named before it
            return {"activity": span(name[-1:]), "object": self.trim(name[:-1])}
        if levels and len(name) >= 3 and name[-1].text in self.rated_heads and name[-2].pos in TOPIC_POS | {"vn"} \
                and len(name[-2].text) == 2 and all(t.pos in TOPIC_POS | {"vn", "b"} for t in name[:-2]) \
                and sum(len(t.text) for t in name[:-2]) >= 4:
            # 全县法治政府建设群众满意度由…提升至…, 法治建设考核权重由5%提高到8%: who rates it (群众)
            # or where it weighs (考核) names the measure; what is measured comes before
            return {"activity": span(name[-2:]), "object": self.trim(name[:-2])}
        return {"activity": span_, "object": None}

    def time_limit_core(self, name):
        """医疗机构设置审批时限, 出口退税平均办理时间: a time limit is its process
        (one verb, 平均/承诺 before it) and its head; what comes before names the
        service it is measured on (docs/annotation.md, time limits). None when
        no service of four characters or more is named (企业开办时间, 全流程审批时间)."""
        if len(name) < 3 or name[-1].text not in self.time_heads or name[-2].pos not in ("v", "vn"):
            return None
        x = len(name) - 2
        while x > 0 and name[x - 1].pos in ("d", "ad", "a", "b") and name[x - 1].text in self.time_modifiers:
            x -= 1
        if sum(len(t.text) for t in name[:x]) < 4 or name[x - 1].pos in ("p", "uj", "c"):
            return None
        return x

    def dui_phrase(self, toks, a, k):
        """对局机关各类合同、协议进行合法性审查60余份: with no noun phrase after the
        number, what 对 introduces is what was counted."""
        if k < a + 2:
            return None
        np = toks[a + 1:k]
        if not np or np[-1].pos == "v" or any(
                t.pos == QUANTITY_POS or (t.pos == PUNCT_POS and t.text != "、") for t in np):
            return None  # (a verb inside is a modifier: 对重复投诉企业约谈…)
        return self.trim(np)

    # -- lists and breakdowns ---------------------------------------------

    def position_in_list(self, toks, k):
        """How many numbers of the same list come before token k (98.2%、【96.5%】 → 1)."""
        n = 0
        j = k - 1
        while j >= 0 and toks[j].pos in (PUNCT_POS,) and toks[j].text in "、，," and j - 1 >= 0 and toks[j - 1].pos == QUANTITY_POS:
            n += 1
            j -= 2
        return n

    def parent_links(self, done, k, toks, q, left):
        """The links a breakdown item or a list continuation inherits: the count
        before in the sentence (skipping rates and time limits), or, for a 其中
        opening the sentence, the first count of the sentence before."""
        prev = previous_links(done, k, toks, skip_percent=q.kind != "percent", kind=parent_kind(q))
        if not prev and left and left[0] is toks[0] and self.opens_breakdown(left) and q.kind == "count":
            prev = [link for link in done.get(CARRIED) or [] if link.get("activity")]
        if prev and q.kind == "count" and self.opens_breakdown(left):
            prev = self.parent_of_kind(done, k, toks, q, left) or prev
            if str(prev[0].get("rule", "")).startswith("verb_before") and self.sibling_acts(left, done):
                # 其中予以公开148件、不予公开12件、其他情形66件: a noun item after items that are
                # acts of their own is a part of the count before 其中, not of the last act
                m = k - len(left) + (len(left) - len(self.after_marker(left)))
                prev = previous_links(done, m, toks, skip_percent=q.kind != "percent", kind=parent_kind(q)) or prev
        return prev

    def sibling_acts(self, left, done) -> bool:
        """The first item after the breakdown marker is an act of its own (其中维持9件、…:
        its count's link came from its own verb, not inherited as 其中新设登记1.3万件)."""
        for t in self.after_marker(left):
            if t.pos == QUANTITY_POS:
                links = done.get(t.q) if t.q is not None else None
                return bool(links) and str(links[0].get("rule", "")).startswith("verb_before")
        return False

    def parent_of_kind(self, done, k, toks, q, left):
        """立案查处各类违法案件318件，结案301件，其中食品类案件142件: a breakdown item
        whose head noun (案件) is the head of an earlier count's object is a part of
        that count, not of the nearer one (结案301件 names no 案件)."""
        item = self.after_marker(left)
        item = [t for t in item if t.pos in self.noun_pos and t.pos != "vn"]
        if not item or len(item[-1].text) < 2:
            return None
        head = item[-1].text[-2:]
        nearest = True
        for j in range(k - 1, -1, -1):
            t = toks[j]
            if t.pos == PUNCT_POS and t.text in "。！？":
                return None
            if t.q is None or t.q not in done or t.kind != "count":
                continue
            for link in done[t.q]:
                obj = link.get("object")
                if link.get("activity") and obj and _words_near(toks, j, obj).endswith(head):
                    return None if nearest else [link]
            nearest = False
        return None


def _words_near(toks: list[Tok], j: int, span_) -> str:
    """The text of the tokens inside ``span_``, which lies before or after token j
    (an object of the quantity at j): read from j outwards, not the whole sentence."""
    if span_[1] <= toks[j].start:
        x = j - 1
        while x >= 0 and toks[x].start >= span_[0]:
            x -= 1
        return "".join(t.text for t in toks[x + 1:j] if t.end <= span_[1])
    x = j + 1
    while x < len(toks) and toks[x].end <= span_[1]:
        x += 1
    return "".join(t.text for t in toks[j + 1:x] if t.start >= span_[0])


def span(toks: list[Tok]):
    return [toks[0].start, toks[-1].end] if toks else None


def unquote(text: str, span):
    """推出“秒批”21件 → object 秒批: counted names lose their quote marks."""
    if span is None:
        return None
    s, e = span
    if e - s > 2 and text[s] in OPEN_CLOSE and text[e - 1] == OPEN_CLOSE[text[s]]:
        return [s + 1, e - 1]
    return span


def last_number(toks: list[Tok]) -> int:
    """Index of the last quantity token in ``toks``, -1 when there is none
    (a plain loop: called several times per mention, a generator cost more
    than the scan)."""
    for x in range(len(toks) - 1, -1, -1):
        if toks[x].pos == QUANTITY_POS:
            return x
    return -1


def parent_kind(q: Quantity) -> str | None:
    """The kind a count's or an amount's parent must have (see previous_links)."""
    return q.kind if q.kind in ("count", "money") else None


def previous_unit(k: int, toks: list[Tok]) -> str | None:
    """The unit of the last quantity before token k in the sentence."""
    for j in range(k - 1, -1, -1):
        if toks[j].pos == QUANTITY_POS:
            return toks[j].unit
        if toks[j].pos == PUNCT_POS and toks[j].text in "。！？":
            break
    return None


def previous_links(done: dict, k: int, toks: list[Tok], skip_percent: bool = False, kind: str | None = None):
    """The links of the nearest quantity before token k in the sentence that has
    an activity (of ``kind``, when given: a count's parent is a count, not the
    time limit between them: 受理信访事项64件，均在15日内办结，其中网上信访41件)."""
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if t.pos == PUNCT_POS and t.text in "。！？":
            break
        if skip_percent and t.unit in PERCENT_UNITS:
            continue
        if kind is not None and t.kind is not None and t.kind != kind and t.kind in PARENT_KINDS:
            continue
        if t.q is not None and t.q in done:
            links = [link for link in done[t.q] if link.get("activity")]
            if links:
                return links
    return None


def line_of(text: str, pos: int) -> tuple[int, int]:
    """The line around ``pos`` (a quantity outside every sentence)."""
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
