"""Quantity recognition over characters: numeral + unit, with qualifiers,
ranges and change direction.

Chinese token boundaries rarely match number+unit (jieba cuts 570余处 as
570/余处 and 伍万元 as 伍/万元), so quantities are found on the raw string with
one compiled pattern built from the numeral grammar (``numerals.py``) and the
unit lexicon (``data/units.json``). A numeral needs a unit (or 百分之) to be a
candidate: that alone keeps 收拾, 队伍 and 统一 out. Deciding whether a
candidate is an indicator at all is the next stage's job
(``rules/nonindicators.py``).
"""
from __future__ import annotations

import logging
import operator
from dataclasses import dataclass, fields
from functools import lru_cache

import regex

from ..errors import NumeralError
from ..numerals import NUMERAL_LEFT_BOUNDARY, NUMERAL_PATTERN, to_number
from ..units import UnitEntry, load_units, unit_pattern
from .lexicons import load_json

logger = logging.getLogger("lawgov_nlp")

_SPACE = r"[ \t\u3000\u00a0]"
_PLAIN_DIGITS = regex.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九]")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(slots=True)
class Quantity:
    """A normalized candidate mention (offsets into the scanned text)."""

    start: int
    end: int
    text: str
    value: float
    value_high: float | None
    unit: str
    kind: str
    qualifier: str
    change: str | None
    num_start: int
    num_end: int
    unit_start: int
    unit_end: int
    #: where the words before the number that belong to it (约, 同比下降 …) begin
    lead_start: int

    def to_record(self) -> dict:
        """A plain dict of the fields (``dataclasses.asdict`` deep-copies: 10x slower)."""
        return dict(zip(_FIELD_NAMES, _ATTRS_OF(self)))

    @classmethod
    def from_record(cls, record: dict) -> "Quantity":
        # (the fields in order by one C-level getter, passed by position: a dict of keywords per mention cost twice as much)
        return cls(*_FIELDS_OF(record))


_FIELD_NAMES = tuple(f.name for f in fields(Quantity))
_FIELDS_OF = operator.itemgetter(*_FIELD_NAMES)
_ATTRS_OF = operator.attrgetter(*_FIELD_NAMES)


@dataclass(frozen=True)
class Rejected:
    """A numeral+unit that could not be normalized, kept so nothing is lost silently."""

    start: int
    end: int
    text: str
    reason: str


class QuantityGrammar:
    """Compiled quantity pattern and context tables for one lexicon set."""

    def __init__(self, units_path: str | None = None, context_path: str = "quantity_context.json"):
        self.units: dict[str, UnitEntry] = load_units(units_path) if units_path else load_units()
        ctx = load_json(context_path)
        # Units that only count with a suffix: 5日内 is a time limit, 20日 a date.
        self.conditional = {
            surface: (UnitEntry(surface, c["unit"], c["kind"], float(c.get("scale", 1))), tuple(c["requires_suffix"]))
            for surface, c in ctx.get("conditional_units", {}).items()
        }
        for surface, (entry, _) in self.conditional.items():
            self.units.setdefault(surface, entry)
        self.bare_rate = regex.compile(ctx["bare_rate_left"]) if ctx.get("bare_rate_left") else None
        self.score_left = regex.compile(ctx["score_left"]) if ctx.get("score_left") else None
        self.ctx = ctx
        self.prefix_qualifiers = dict(ctx["prefix_qualifiers"])
        # "one of these words ends the window": the longest wins (the leftmost start)
        self._prefix_qualifier_end = _ending(self.prefix_qualifiers)
        self._prefix_filler_end = _ending(ctx["prefix_fillers"])
        self.inner_qualifiers = ctx["inner_qualifiers"]
        self.suffix_qualifiers = ctx["suffix_qualifiers"]
        self.percent_prefixes = ctx["percent_prefixes"]
        self.list_joiners = set(ctx["list_joiners"])
        self.qualifier_word_stems = ctx.get("qualifier_word_stems", {})
        self.unit_not_before = {u: set(chars) for u, chars in ctx.get("unit_not_before", {}).items()}
        self.list_change_openers = tuple(ctx["list_change_openers"])
        seps = "|".join(regex.escape(s) for s in ctx["range_separators"])
        inner = "|".join(regex.escape(s) for s in sorted(self.inner_qualifiers, key=len, reverse=True))
        suffix = "|".join(regex.escape(s) for s in sorted(self.suffix_qualifiers, key=len, reverse=True))
        units = unit_pattern(self.units)
        self.pattern = regex.compile(
            # A bare power word counts only with an approximation (百余处, 近千名, 上万人).
            rf"{NUMERAL_LEFT_BOUNDARY}(?P<num>{NUMERAL_PATTERN}|[十百千万](?=[余多])|(?<=[近约逾超上])[百千万])"
            rf"(?:[ \t]?(?P<sep>{seps})[ \t]?(?P<num2>{NUMERAL_PATTERN}))?"
            # Conversions from PDF/HTML often put a space between number and unit (1818 件).
            rf"(?:{_SPACE}?(?P<inner>{inner}))?"
            rf"(?:{_SPACE}?(?P<unit>{units}))?"
            rf"(?P<suffix>{suffix})?"
        )
        # 500千瓦时: the greedy numeral takes 千 and the match ends without a unit;
        # this pattern retries with a numeral that cannot end in a power word.
        self.short_pattern = regex.compile(
            rf"(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十]{{1,3}})"
            rf"(?P<sep>(?!))?(?P<num2>(?!))?(?P<inner>(?!))?(?P<unit>{units})(?P<suffix>{suffix})?"
        )
        change = ctx["change"]
        comparators = _alt(change["comparators"])
        fillers = _alt(change["fillers"])
        self.change_re = regex.compile(
            rf"(?:(?P<cmp>{comparators})(?:分别)?(?:(?P<inc1>{_alt(change['increase'] + change['increase_after_comparator_only'])})"
            rf"|(?P<dec1>{_alt(change['decrease'] + change['decrease_after_comparator_only'])}))"
            rf"|(?P<inc2>{_alt(change['increase'])})|(?P<dec2>{_alt(change['decrease'])}))"
            rf"(?:了)?(?:{fillers})?$"
        )
        self.any_change_verb = regex.compile(_alt(change["increase"] + change["decrease"]))
        # 查处违法行为1530，同比下降12%: a clause that opens with a change makes the bare number before it a count.
        self.change_clause_start = regex.compile(
            rf"(?:{comparators})?(?:分别)?(?:{_alt(change['increase'] + change['decrease'])})"
        )
        self._increase = set(change["increase"]) | set(change["increase_after_comparator_only"])
        mc = change["metric_change"]
        self.metric_change_re = regex.compile(
            rf"^(?:{_alt(mc['openers'])})?(?:{comparators})?(?:(?P<inc>{_alt(mc['increase'])})|(?P<dec>{_alt(mc['decrease'])}))"
            rf"\p{{Han}}{{2,{int(mc['max_name_chars'])}}}$"
        )

    # -- scanning ---------------------------------------------------------

    def scan(self, text: str) -> tuple[list[Quantity], list[Rejected]]:
        """All candidate quantities in ``text`` and the numeral+unit strings
        that looked like quantities but could not be normalized."""
        found: list[Quantity] = []
        rejected: list[Rejected] = []
        for m in self.pattern.finditer(text):
            num = m.group("num")
            pct_unit = next((u for p, u in self.percent_prefixes.items() if num.startswith(p)), None)
            if not _left_boundary_ok(text, m.start()):
                continue
            if m.group("unit") is None and pct_unit is None and num[-1] in _POWER_CHARS:
                m2 = self.short_pattern.match(text, m.start())
                if m2 is not None and m2.end("num") < m.end("num"):
                    m, num = m2, m2.group("num")
            if m.group("unit") is None and pct_unit is None:
                q = self._bare_rate(text, m) or self._score(text, m) or self._fraction_change(text, m)
                if q is None:
                    q, why = self._bare_count(text, m)
                    if why is not None:
                        rejected.append(Rejected(m.start(), m.end("num"), m.group("num"), why))
                if q is not None:
                    found.append(q)
                continue  # a bare numeral: dates, list markers, words like 统一
            try:
                q = self._normalize(text, m, pct_unit)
            except (NumeralError, ValueError, OverflowError) as e:
                rejected.append(Rejected(m.start(), m.end(), m.group(0), f"unparsable numeral: {e}"))
                logger.debug("quantity rejected at %d: %r (%s)", m.start(), m.group(0), e)
                continue
            if q is not None:
                found.append(q)
        self._share_listed_changes(text, found)
        return found, rejected

    def _share_listed_changes(self, text: str, found: list[Quantity]) -> None:
        """同比分别增长7.3%、5.8%: the later numbers of a list opened by 分别/均
        and a change verb are changes in the same direction (a number with a
        change verb of its own, 和下降3.4%, keeps it)."""
        listed = False  # prev took its change from the list's opener
        for prev, q in zip(found, found[1:]):
            shared = False
            if q.change is None and prev.change is not None:
                between = text[prev.end:q.lead_start]
                opener = text[max(0, prev.lead_start - 4):prev.start]
                if between and all(c in self.list_joiners for c in between) and (
                        listed or any(w in opener for w in self.list_change_openers)):
                    q.change = prev.change
                    shared = True
            listed = shared

    def _normalize(self, text: str, m, pct_unit: str | None) -> Quantity | None:
        unit_surface = m.group("unit")
        num = m.group("num")
        num_end = m.end("num")
        unit_start = m.start("unit")
        if unit_surface is not None and m.group("inner") is None and m.group("num2") is None:
            # The greedy numeral can take a unit's first character (5千克 read as 5千 + 克):
            # when digits + a longer unit exist, the unit as written wins.
            longer = num[-1] + unit_surface
            head = num[:-1].rstrip()
            if longer in self.units and _PLAIN_DIGITS.fullmatch(head):
                unit_start = num_end - 1
                num, num_end, unit_surface = head, m.start("num") + len(head), longer
        if unit_surface in self.conditional and not (m.group("suffix") or "").startswith(self.conditional[unit_surface][1]):
            return None
        if unit_surface in self.unit_not_before and text[m.end("unit"):m.end("unit") + 1] in self.unit_not_before[unit_surface]:
            return None  # 3通过, 5通知: the start of a word, not a counter
        if unit_surface is not None:
            entry = self.units[unit_surface]
            unit, kind, scale = entry.unit, entry.kind, entry.scale
            unit_end = m.end("unit")
        else:
            unit, kind, scale = pct_unit, "percent", 1.0
            unit_start = unit_end = num_end
        if len(num) > 1 and num[0] in "0０" and num[1] in _ALL_DIGITS:
            raise ValueError(f"leading zeros make a code, not a quantity: {num!r}")
        if any(d in num for d in _DOUBLED_POWERS):
            # to_number reads 万万 as 亿; in a mention (罚款3万万元) a typo is likelier.
            raise ValueError(f"a doubled power word in a mention is likelier a typo than 亿: {num!r}")
        value, value_high = self._numeral_value(num)
        if m.group("num2") is not None:
            value_high = _number(m.group("num2"))
        if m.group("sep") is not None and m.group("num2") is None:
            return None
        # A percent numeral (百分之九十五) carries its own unit.
        if pct_unit is not None and unit_surface is not None:
            return None
        value *= scale
        if value_high is not None:
            value_high *= scale
        end = m.end()
        suffix = m.group("suffix")
        if unit_surface is None and pct_unit is None:
            return None
        qualifier = None
        if m.group("inner"):
            qualifier = self.inner_qualifiers[m.group("inner")]
        if suffix:
            if suffix in ("余", "多") and unit_surface is None:
                end = m.start("suffix")
            else:
                qualifier = qualifier or self.suffix_qualifiers[suffix]
        lead_start = m.start()
        prefix_q, q_start = self._prefix_qualifier(text, m.start())
        if prefix_q is not None:
            lead_start = q_start
            qualifier = qualifier or prefix_q
        start = m.start()
        change, c_start = self._change(text, lead_start, unit)
        if change is not None:
            lead_start = min(lead_start, c_start)
        elif start > 0 and text[start - 1] in _MINUS and (start < 2 or text[start - 2] not in _ALL_DIGITS):
            # 增长率-3%: a negative number is a decrease of what it measures; the value stays positive.
            start -= 1
            lead_start = min(lead_start, start)
            change = "decrease"
        return Quantity(
            start=start, end=end, text=text[start:end], value=value, value_high=value_high,
            unit=unit, kind=kind, qualifier=qualifier or "exact", change=change,
            num_start=m.start("num"), num_end=num_end, unit_start=unit_start, unit_end=unit_end,
            lead_start=lead_start,
        )

    def _score(self, text: str, m) -> Quantity | None:
        """平均成绩91.5分: 分 after a score's name (``score_left``) is the unit."""
        end = m.end("num")
        if self.score_left is None or text[end:end + 1] != "分" or text[end + 1:end + 2] in ("钟", "之"):
            return None
        if m.group("sep") or not self.score_left.search(text, max(0, m.start() - 10), m.start()):
            return None
        try:
            value = _number(m.group("num"))
        except (NumeralError, ValueError):
            return None
        return Quantity(
            start=m.start(), end=end + 1, text=text[m.start():end + 1], value=value, value_high=None,
            unit="分", kind="measure", qualifier="exact", change=None, num_start=m.start(), num_end=end,
            unit_start=end, unit_end=end + 1, lead_start=m.start(),
        )

    def _fraction_change(self, text: str, m) -> Quantity | None:
        """减少三分之一: a fraction after a change verb is the size of the change,
        a share (kind percent, unit 分之, value the ratio 0.333…). A fraction
        with no change verb (占三分之一) stays no mention."""
        num = m.group("num")
        if _FRACTION_INFIX not in num or m.group("sep") or num.startswith(tuple(self.percent_prefixes)):
            return None
        change, c_start = self._change(text, m.start(), "分之")
        if change is None:
            return None
        try:
            value = _number(num)
        except (NumeralError, ValueError):
            return None
        end = m.end("num")
        return Quantity(
            start=m.start(), end=end, text=num, value=value, value_high=None, unit="分之", kind="percent",
            qualifier="exact", change=change, num_start=m.start(), num_end=end, unit_start=end, unit_end=end,
            lead_start=min(m.start(), c_start),
        )

    def _bare_count(self, text: str, m) -> tuple[Quantity | None, str | None]:
        """A bare Arabic integer right after a label (查处各类违法行为1530) is a
        count when the clause after it opens with a change (，同比下降12%) or
        when it ends a table-like line (行政复议案件\t1530). Elsewhere it is
        refused, with the reason recorded; other bare numbers (dates, list
        markers, codes) are not even recorded."""
        num = m.group("num")
        if m.group("sep") or m.group("inner") or m.group("suffix") or not _BARE_INT.fullmatch(num):
            return None, None
        start, end = m.start(), m.end("num")
        before = text[start - 1:start] if start else ""
        label_end = start
        while label_end > 0 and text[label_end - 1] in " \t\u3000:：":
            label_end -= 1
        prev = text[label_end - 1:label_end] if label_end else ""
        if not _is_cjk(prev) or prev in _NOT_LABEL_END or not (before == prev or before in " \t\u3000:："):
            return None, None
        after = text[end:end + 1]
        if after and not (after in "，,；;。\n\t" or after.isspace()):
            return None, None
        if after in ",，" and text[end + 1:end + 2] in _ALL_DIGITS:
            return None, None  # 1,2,3件: a malformed number, which the refusal sweep names as such
        if num[0] in "0０" and len(num) > 1:
            return None, None
        pos = end
        while pos < len(text) and text[pos] in " \t\u3000":
            pos += 1
        nxt = text[pos:pos + 1]
        counts = False
        if nxt in ("，", ",", "；", ";") and self.change_clause_start.match(text, pos + 1):
            counts = True  # ，同比下降12%
        elif nxt == "\n" and text[pos + 1:pos + 2].lstrip(" \t\u3000")[:1] in _ALL_DIGITS:
            return None, "digits on both sides of a line break may be one number split by the PDF: refused"
        elif nxt in ("", "\n"):
            line_start = text.rfind("\n", 0, label_end) + 1
            label = text[line_start:label_end].strip()
            counts = 0 < len(label) <= 24 and not any(c in _SENTENCE_PUNCT for c in label)
        if not counts:
            return None, "a bare number with no unit: a count only when a table line or a change clause after it makes one"
        line_start = text.rfind("\n", 0, label_end) + 1
        if _CODE_LABEL.search(text, max(line_start, label_end - 8), label_end):
            return None, None  # 报告年度 2024, 联系电话 12345678: a year or a code, not a count
        value = _number(num)
        return Quantity(
            start=start, end=end, text=num, value=value, value_high=None, unit="", kind="count",
            qualifier="exact", change=None, num_start=start, num_end=end, unit_start=end, unit_end=end,
            lead_start=start,
        ), None

    def _bare_rate(self, text: str, m) -> Quantity | None:
        """办结率达到 99.6: a number with no unit right after a rate's name is a percent."""
        if self.bare_rate is None or m.group("sep") or m.group("suffix") or m.group("inner"):
            return None
        nxt = text[m.end():m.end() + 1]
        if nxt and not (nxt in "，,。；;、）)\n" or nxt.isspace()):
            return None
        if not self.bare_rate.search(text, max(0, m.start() - 12), m.start()):
            return None
        try:
            value = _number(m.group("num"))
        except (NumeralError, ValueError):
            return None
        if not 0 <= value <= 100:
            return None
        return Quantity(
            start=m.start(), end=m.end("num"), text=m.group("num"), value=value, value_high=None,
            unit="%", kind="percent", qualifier="exact", change=None, num_start=m.start(), num_end=m.end("num"),
            unit_start=m.end("num"), unit_end=m.end("num"), lead_start=m.start(),
        )

    def _numeral_value(self, num: str) -> tuple[float, float | None]:
        try:
            return _number(num), None
        except (NumeralError, ValueError):
            # 两三个, 三四家: two adjacent digits make a range.
            if len(num) == 2 and num[0] in _CN_DIGITS and num[1] in _CN_DIGITS:
                low, high = _CN_DIGITS[num[0]], _CN_DIGITS[num[1]]
                if high == low + 1:
                    return float(low), float(high)
            raise

    def _prefix_qualifier(self, text: str, start: int) -> tuple[str | None, int]:
        """Qualifier words right before the number (fillers like 共/达到 skipped)."""
        pos = start
        for _ in range(3):
            left = text[max(0, pos - 4):pos]
            m = self._prefix_qualifier_end.search(left)
            if m:
                word = m.group()
                before = text[pos - len(word) - 1:pos - len(word)] if pos - len(word) > 0 else ""
                if before and before in self.qualifier_word_stems.get(word, ""):
                    return None, start  # 村规民约21份: 约 ends a word here
                return self.prefix_qualifiers[word], pos - len(word)
            m = self._prefix_filler_end.search(left)
            if m is None:
                break
            pos -= len(m.group())
        return None, start

    def _change(self, text: str, pos: int, unit: str) -> tuple[str | None, int]:
        left = text[max(0, pos - 12):pos]
        # Stay inside the clause (after its last break: one reverse search, not a find per mark).
        brk = _LAST_BREAK.search(left)
        if brk is not None:
            left = left[brk.end():]
        m = self.change_re.search(left)
        if m:
            verb = next(g for g in ("inc1", "dec1", "inc2", "dec2") if m.group(g))
            direction = "increase" if verb.startswith("inc") else "decrease"
            return direction, pos - len(left) + m.start()
        # 减少入企检查3.8万户次: a change verb opening the clause, the name of what changed, the number
        # (the lead stays at the number: the name is the activity's, read by the attacher)
        mc = self.metric_change_re.match(_clause_left(text, pos, 16))
        if mc is not None and unit != "百分点":
            return ("increase" if mc.group("inc") else "decrease"), pos
        if unit == "百分点":
            # 提高办结率5个百分点: a change in points even with the rate named between.
            clause = _clause_left(text, pos)
            verbs = list(self.any_change_verb.finditer(clause))
            if verbs:
                word = verbs[-1].group(0)
                return ("increase" if word in self._increase else "decrease"), pos - len(clause) + verbs[-1].start()
        return None, pos


_LAST_BREAK = regex.compile(r"[，,；;。：:、（(\n]", flags=regex.REVERSE)
_LAST_CLAUSE_END = regex.compile(r"[，,；;。：:\n]", flags=regex.REVERSE)


def _clause_left(text: str, pos: int, limit: int = 40) -> str:
    left = text[max(0, pos - limit):pos]
    brk = _LAST_CLAUSE_END.search(left)
    return left[brk.end():] if brk is not None else left


def _number(s: str) -> float:
    value = to_number(s)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"not a finite number: {s!r}")
    return value


def _left_boundary_ok(text: str, start: int) -> bool:
    """A numeral glued to Latin letters, digits or a dot is a code (A1000, 1.2.3), not a count."""
    if start == 0:
        return True
    prev = text[start - 1]
    if prev in ",，" and start >= 2 and text[start - 2] in _ALL_DIGITS:
        return False  # 1,2,3件: a list of digits or broken grouping, not a count of 3
    return not (prev.isascii() and (prev.isalnum() or prev in "._/")) and prev not in "０１２３４５６７８９．"


_ALL_DIGITS = frozenset("0123456789０１２３４５６７８９")
_DOUBLED_POWERS = ("万万", "萬萬")
_POWER_CHARS = frozenset("十百千万亿拾佰仟萬億")
_FRACTION_INFIX = "分之"
_BARE_INT = regex.compile(r"[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+")
# A label cannot end in these: 第3 (ordinals), 年/月/日/号 (dates), 届/级/期.
_NOT_LABEL_END = frozenset("第年月日号期届级")
_CODE_LABEL = regex.compile(r"(?:年|年度|年份|日期|时间|电话|热线|邮编|编号|代码|代号|文号|号码|序号|版本|传真|账号)\Z")
_SENTENCE_PUNCT = frozenset("，,。；;！？!?、（）()“”\"")


def _is_cjk(c: str) -> bool:
    return bool(c) and "\u4e00" <= c <= "\u9fff"
_MINUS = "-−－﹣"


def _ending(words) -> regex.Pattern:
    """A pattern for "one of ``words`` ends the string" (never empty)."""
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True) if w)
    return regex.compile(f"(?:{alternatives or '(?!)'})\\Z")


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=4)
def default_grammar() -> QuantityGrammar:
    return QuantityGrammar()
