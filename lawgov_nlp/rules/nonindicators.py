"""Refuse candidate quantities that are not indicators.

The annotation guideline lists what is not a mention: ordinals and rankings,
numbers inside names, slogans and titles, thresholds that qualify a noun,
zero by negation, idioms. Each veto returns a reason code; the component keeps
refused candidates (with the code) in ``doc.spans["lawgov_rejected"]`` so an
analyst can see what was left out and why. Word lists live in
``data/nonindicators.json``.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

import regex
from hanlp_trie import Trie

from ..numerals import CHINESE_NUMERAL_CHARS
from .lexicons import load_json
from .quantity_grammar import Quantity

_DIGITS = set("0123456789０１２３４５６７８９")


class NonIndicatorRules:
    def __init__(self, path: str = "nonindicators.json"):
        d = load_json(path)
        self.d = d
        self.ordinal = _longest(d["ordinal_prefixes"])
        self.ranking = _longest(d["ranking_prefixes"])
        self.ranking_units = set(d["ranking_units"])
        self.negation = _longest(d["negation_prefixes"])
        self.demonstrative = _longest(d["demonstrative_prefixes"])
        # (word tuples: str.endswith(tuple) tests them all in one call)
        self._negation_or_demonstrative = self.negation + self.demonstrative
        self.name_heads = _longest(d["name_heads"])
        self.idiom_trie = Trie({w: True for w in d["idioms"]})
        self.longest_idiom = max((len(w) for w in d["idioms"]), default=0)
        # every piece of every idiom: a quantity that is none of them lies in no idiom,
        # which spares the trie walk for nearly every quantity
        self.idiom_pieces = {w[i:j] for w in d["idioms"] for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
        self.open_quotes = d["open_quotes"]
        self.close_quotes = d["close_quotes"]
        self.max_quote = int(d["max_quote_chars"])
        self.structural_units = set(d["structural_units_before_quote"])
        self.category_units = set(d.get("category_units", []))
        self.threshold_suffixes = tuple(sorted(d["threshold_suffixes"], key=len, reverse=True))
        self.threshold_kinds = set(d["threshold_kinds"])
        self.condition_consequents = tuple(sorted(d.get("condition_consequents", []), key=len, reverse=True))
        self.bare_powers = set(d["bare_power_numerals"])
        self.duration_names = _longest(d["name_suffix_after_duration"])
        self.left_glue = set(d["left_glue"])
        cn = regex.escape(CHINESE_NUMERAL_CHARS)
        # 三番五次, 一户一档, 千家万户: numeral-word-numeral-word idioms.
        self.idiom4 = regex.compile(rf"[{cn}][^\W\d{cn}][{cn}][^\W\d{cn}]")
        self.distributive = regex.compile(d["distributive_pattern"])
        self.each = regex.compile(d["each_pattern"])
        self.future_heading = regex.compile(d["future_plan_heading"])
        self.past_heading = regex.compile(d["past_heading"])
        self.future_sentence = regex.compile(d["future_plan_sentence"])
        self.future_marker = regex.compile(d["future_plan_marker"])
        self._last_plan = None
        # ASCII quote positions of the last text (see _line_quotes_before)
        self._quote_text: str | None = None
        self._quote_index: dict[str, list[int]] = {}

    def future_plan(self, section: str, sentence: str) -> bool:
        """In the report's plan for the next period (see ``about_future_plan``
        in nonindicators.json): a target, not a mention.

        The answer for the last (section, sentence) pair is kept: the mentions
        of one sentence come one after another, and searching the sentence
        again for each would cost (mentions in it) x (its length)."""
        key = (section, sentence)
        if self._last_plan is not None and self._last_plan[0] == key:
            return self._last_plan[1]
        result = self._future_plan(section, sentence)
        self._last_plan = (key, result)
        return result

    def _future_plan(self, section: str, sentence: str) -> bool:
        if self.future_sentence.match(sentence or ""):
            return True
        if not self.future_marker.search(sentence or ""):
            return False  # a data line after the plan (a table) is no target
        return any(self.future_heading.search(h) and not self.past_heading.search(h)
                   for h in (section or "").split(" > "))

    def veto(self, text: str, q: Quantity, others: list[Quantity] = (), ends: set[int] | None = None) -> str | None:
        """The reason ``q`` is not an indicator, or None when it is one.

        ``ends``: the end offsets of ``others``, for callers that veto every
        quantity of a text (the component): built once, it spares a pass over
        all the others per quantity, which made a text's cost grow with the
        square of its quantities."""
        num = text[q.num_start:q.num_end]
        chinese = _DIGITS.isdisjoint(num)
        left = text[max(0, q.lead_start - 8):q.lead_start].rstrip(" \t\u3000\u00a0")
        after = text[q.end:q.end + 8]
        before = text[max(0, q.num_start - 3):q.num_start].rstrip("\r")
        if before.endswith("\n") and before[:-1][-1:].isdigit():
            return "split_by_line_break"  # 18\n18件 from a PDF: the number may be 1818; never guess
        if left.endswith(self.ordinal) or text[max(0, q.num_start - 2):q.num_start].strip() == "第":
            return "ordinal"
        if q.unit in self.ranking_units and left.endswith(self.ranking):
            return "ranking"
        if q.num_start > 0 and text[q.num_start - 1] in self.left_glue:
            return "code_or_formula"
        if num in self.bare_powers and q.qualifier == "exact":
            return "bare_power_word"  # 千家万户, 每万人; but 百余处, 近千名 are counts
        if self._quoted(text, q):
            return "inside_quotes_or_title"
        if chinese and q.value == 1 and left.endswith(self._negation_or_demonstrative):
            return "negation_or_demonstrative"
        if self._idiom(text, q):
            return "idiom"
        if text[q.unit_start:q.unit_end] in self.category_units and _is_han(after[:1] or " "):
            return "structural"  # 八类严重暴力犯罪, 对21类违法行为: categories, not a count
        if chinese:
            if q.value <= 10 and after.startswith(self.name_heads):
                return "name"
            if after[:1] in "“‘「\"" and text[q.unit_start:q.unit_end] in self.structural_units:
                return "structural"

            if len(num) == 1 and self.idiom4.fullmatch(text[max(0, q.num_start - 2):q.num_start + 2]):
                return "idiom"
            if len(num) == 1 and self.idiom4.fullmatch(text[q.num_start:q.num_start + 4]) and q.end - q.num_start == 2:
                return "idiom"
        if q.value == 0 and left.endswith(self.negation):
            return "zero"
        if self._threshold(text, q, others, ends) or self._condition(text, q):
            return "threshold"
        if self.distributive.search(text, max(0, q.lead_start - 20), q.lead_start) \
                or self.each.search(text, max(0, q.lead_start - 6), q.lead_start):
            return "distributive"
        if q.kind == "duration" and after.startswith(self.duration_names):
            return "name"
        return None

    def _quoted(self, text: str, q: Quantity) -> bool:
        """Inside “…”, 《…》 etc.: a name, slogan or title, not a count."""
        lo = max(0, q.start - self.max_quote)
        left = text[lo:q.start]
        for o, c in zip(self.open_quotes, self.close_quotes):
            i = left.rfind(o)
            if i == -1:
                continue
            if o == c:  # ASCII quotes: inside when an odd number precede us on the line
                if self._line_quotes_before(text, o, q.start) % 2 == 1 \
                        and text.find(c, q.end, q.end + self.max_quote) != -1:
                    return True
                continue
            if c in left[i + 1:]:
                continue  # closed before us
            close = text.find(c, q.end, q.end + self.max_quote)
            if close != -1 and o not in text[q.end:close]:
                return True
        return False

    def _line_quotes_before(self, text: str, quote: str, pos: int) -> int:
        """How many ``quote`` characters stand between the start of the line
        and ``pos``. Counted from an index of the text's quotes and line breaks
        (built once per text, on first need) rather than by rereading the line
        for each quantity: a text with no line break is one line, and that
        reread made its cost quadratic."""
        if self._quote_text is not text:
            self._quote_text, self._quote_index = text, {}
        index = self._quote_index
        if quote not in index:
            index[quote] = [m.start() for m in regex.finditer(regex.escape(quote), text)]
        if "\n" not in index:
            index["\n"] = [m.start() for m in regex.finditer("\n", text)]
        breaks = index["\n"]
        b = bisect.bisect_left(breaks, pos)
        line_start = breaks[b - 1] + 1 if b > 0 else 0
        quotes = index[quote]
        return bisect.bisect_left(quotes, pos) - bisect.bisect_left(quotes, line_start)

    def _idiom(self, text: str, q: Quantity) -> bool:
        """The numeral+unit sits inside a listed idiom (一次性, 二次供水, 一户一…).

        HanLP's trie finds every listed idiom in a window around the quantity in
        one pass, whatever the size of the list."""
        if text[q.num_start:q.end] not in self.idiom_pieces:
            return False
        lo = max(0, q.num_start - self.longest_idiom)
        window = text[lo:q.end + self.longest_idiom]
        start, end = q.num_start - lo, q.end - lo
        return any(b <= start and end <= e for b, e, _ in self.idiom_trie.parse(window))

    def _threshold(self, text: str, q: Quantity, others, ends: set[int] | None = None) -> bool:
        """千吨以上 in 1家千吨以上集中式单位: a bound that qualifies a noun."""
        if q.kind not in self.threshold_kinds:
            return False
        surface = text[q.start:q.end]
        if not surface.endswith(self.threshold_suffixes):
            return False
        nxt = text[q.end:q.end + 2]
        if not nxt or not _is_han(nxt[0]):
            return False
        if q.kind in ("money", "measure") and (nxt[0] == "的" or nxt[0] not in "。，；、"):
            return True  # 5000万元以上的项目; 200元以下罚款
        # 1家千吨以上集中式单位: right after another quantity, inside its noun phrase.
        if ends is not None:
            return q.start in ends or q.start - 1 in ends  # (q's own end is after its start)
        return any(0 <= q.start - o.end <= 1 for o in others if o is not q)


    _BOUNDS = frozenset(("less_than", "at_most", "more_than", "at_least"))

    def _condition(self, text: str, q: Quantity) -> bool:
        """A bound inside a condition (``about_condition`` in nonindicators.json):
        违法所得不足1000元的, 单笔罚款不超过5000元的适用简易程序, 罚款超过10万元的案件."""
        if q.qualifier not in self._BOUNDS or q.kind not in self.threshold_kinds or q.kind == "percent":
            return False
        if text[q.end:q.end + 1] != "的":
            return False
        if q.kind in ("money", "measure") or q.qualifier in ("less_than", "at_most"):
            return True
        return text.startswith(self.condition_consequents, q.end + 1)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _longest(words) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def default_rules(path: str = "nonindicators.json") -> NonIndicatorRules:
    return NonIndicatorRules(path)


# -- numerals that are no candidate ---------------------------------------------
#
# The quantity grammar only proposes a numeral followed by a unit; the vetoes
# above refuse some of those. Every other numeral in the text (a date, a
# list marker, 1.2.3, 1/3, 八五 …) would leave no trace: ``unclaimed_numerals``
# finds them, with a reason, so the component can put them in
# ``doc.spans["lawgov_rejected"]`` too. Arabic digits are swept everywhere;
# Chinese numerals only where they make a date, an ordinal, a list marker, a
# quarter or a plan's name (一 in 统一 or 进一步 is no number at all).

_D = "0-9０-９"
_C = "一二三四五六七八九十〇零两"
_S = r"[ \t\u3000]*"
#: (reason, pattern), tried in this order; a match overlapping an earlier one is skipped.
_UNCLAIMED = [
    ("document_number", rf"[〔［\[【][{_D}]{{4}}[〕］\]】]{_S}[{_D}]*{_S}号?"),
    ("date", rf"[{_D}]{{4}}[-/.．][{_D}]{{1,2}}[-/.．][{_D}]{{1,2}}(?![{_D}])"),
    ("date", rf"[{_D}]{{4}}{_S}[-—–至到~～]{{1,2}}{_S}[{_D}]{{4}}{_S}年(?:度)?"),
    ("date", rf"(?:[{_D}]{{4}}|[{_C}]{{4}}){_S}年(?:度)?(?:{_S}[{_D}{_C}]{{1,2}}{_S}月(?:份)?"
             rf"(?:{_S}[{_D}{_C}]{{1,3}}{_S}[日号])?)?"
             rf"(?:{_S}[-—至到~～]{_S}(?:[{_D}]{{4}}{_S}年(?:度)?|[{_D}{_C}]{{1,2}}{_S}月(?:份)?"
             rf"(?:{_S}[{_D}{_C}]{{1,3}}{_S}[日号])?|[{_D}{_C}]{{1,3}}{_S}[日号]))?"),
    ("date", rf"(?<![{_D}{_C}])[{_D}{_C}]{{1,2}}{_S}月(?:份)?(?:{_S}[{_D}{_C}]{{1,3}}{_S}[日号])?"
             rf"(?:{_S}[-—至到~～]{_S}(?:[{_D}{_C}]{{1,2}}{_S}月(?:份)?)?(?:{_S}[{_D}{_C}]{{1,3}}{_S}[日号])?)?"),
    ("time", rf"(?<![{_D}])[0-2]?[{_D}][:：][0-5][{_D}](?![{_D}])"),
    ("quarter", rf"第?[{_D}一二三四]{_S}季度"),
    ("plan_name", rf"[一二三四五六七八九十]{{1,3}}五(?=[”\"’」』]?(?:普法|规划|时期|期间|计划|期末|期初|以来))"),
    ("list_marker", rf"(?m)^[ \t\u3000]*(?:[（(][{_D}{_C}]{{1,3}}[）)]|[{_D}]{{1,3}}[.．、](?:(?![{_D}])|(?=[{_D}]{{4}}年))"
                    rf"|[{_C}]{{1,3}}[、.．])"),
    ("list_marker", rf"[（(][{_D}{_C}]{{1,3}}[）)]|(?<![{_C}])[{_C}]{{1,2}}是(?=[，,：:]|[\u4e00-\u9fff])"
                    rf"|[①-⑳]|(?<![{_D}.．])[{_D}]{{1,2}}[、](?=[\u4e00-\u9fff])"),
    ("ordinal", rf"第{_S}[{_D}{_C}百千]+"),
    ("malformed_number", rf"[{_D}]+(?:[.．][{_D}]+){{2,}}"),
    ("malformed_number", rf"[{_D}]+(?:[,，][{_D}]+)+"),
    ("fraction", rf"[{_D}]+{_S}[/／]{_S}[{_D}]+"),
    ("no_unit", rf"[{_D}]+(?:[.．][{_D}]+)?"),
]
#: One pattern, one pass: at each position the first alternative that matches
#: wins (so the list above is also the order of preference).
# (the standard library's engine: a third faster than ``regex`` on this pattern)
_UNCLAIMED_RE = re.compile("(?m)" + "|".join(f"({pattern.replace('(?m)', '')})" for _, pattern in _UNCLAIMED))
_UNCLAIMED_REASONS = [reason for reason, _ in _UNCLAIMED]
_ANY_NUMERAL = regex.compile(rf"[{_D}{_C}①-⑳]")
_DIGIT_RUN = regex.compile(rf"[{_D}]+")


_NUMERAL_RUN = re.compile(rf"[{_D}{_C}①-⑳]+")


def _matches(text: str):
    """``_UNCLAIMED_RE.finditer(text)``, tried only where a numeral begins
    (and one or two characters before, for 第 〔 （, and at the start of its
    line for list markers): a pass of the full pattern at every position of a
    report costs as much as the rest of the component."""
    done = 0
    line = scanned = 0  # the start of the line holding ``at``, from the text read since the last run
    for run in _NUMERAL_RUN.finditer(text):
        at = run.start()
        if at < done:
            continue
        # (``text.rfind("\n", 0, at)`` read back to the start of a text with no line break, once per numeral)
        nl = text.rfind("\n", scanned, at)
        if nl != -1:
            line = nl + 1
        scanned = at
        tries = [line] if at - line <= 6 and not text[line:at].strip(" \t\u3000（(") else []
        tries += [p for p in (at - 2, at - 1, at) if p >= max(done, line)]
        for pos in dict.fromkeys(tries):
            if pos < done:
                continue
            m = _UNCLAIMED_RE.match(text, pos)
            if m is not None and m.end() > at:
                done = m.end()
                yield m
                break


def unclaimed_numerals(text: str, claimed) -> list[tuple[int, int, str]]:
    """``(start, end, reason)`` of every numeral in ``text`` outside the
    ``claimed`` ``(start, end)`` spans (mentions and refused candidates), in
    text order. Reasons: ``date``, ``time``, ``quarter``, ``document_number``,
    ``plan_name`` (八五普法, 十四五规划), ``list_marker``, ``ordinal``,
    ``malformed_number`` (1.2.3, 1,2,3), ``fraction`` (1/3), ``no_unit`` (a bare
    number with no unit after it). Every Arabic digit outside ``claimed`` is
    in one of them."""
    if not _ANY_NUMERAL.search(text):
        return []
    taken = sorted((s, e) for s, e in claimed if e > s)
    starts = [s for s, _ in taken]
    found: list[tuple[int, int, str]] = []

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end)
        # spans are short: only the last few starting before ``end`` can reach ``start``
        return all(e <= start for _, e in taken[max(0, i - 8):i])

    for m in _matches(text):
        start, end = m.span()
        # list markers and ranges may start or end with spaces: keep the numeral's own span
        while start < end and text[start] in " \t\u3000":
            start += 1
        while end > start and text[end - 1] in " \t\u3000":
            end -= 1
        if end <= start:
            continue
        if free(start, end):
            found.append((start, end, _UNCLAIMED_REASONS[m.lastindex - 1]))
        else:
            # beside a mention (or inside a refused span): each digit run left over on its own
            for piece in _DIGIT_RUN.finditer(text, start, end):
                if free(*piece.span()):
                    found.append((*piece.span(), "no_unit"))
    return found
