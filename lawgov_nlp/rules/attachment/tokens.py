"""The tokens the attachment rules read: one sentence holding a quantity,
with quantities and quoted names kept whole and the rest from the tagger
(jieba by default), its tags relabelled where the rules need another word
class (累计 is an adverb, 依托 a preposition, 安全检查/nr an action noun)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ..quantity_grammar import Quantity
    from .context import Context

QUANTITY_POS = "Q"
QUOTED_POS = "nz"
PUNCT_POS = "x"

OPEN_CLOSE = {"“": "”", "《": "》", "「": "」", "『": "』", "‘": "’", "〈": "〉"}
#: A short parenthetical inside a noun phrase stays in it (示范村（社区）, 企业（单位）).
PARENS = {"（": "）", "(": ")"}
OPENING = regex.compile("[" + "".join(OPEN_CLOSE) + "".join(PARENS) + "]")


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    pos: str
    q: int | None = None  # index of the quantity this token stands for
    unit: str | None = None  # that quantity's unit
    kind: str | None = None  # and kind


class Tokenizer:
    """Tokens of one sentence for the attachment rules (see the module doc)."""

    def __init__(self, tagger, ctx: Context):
        self.tagger = tagger
        self.ctx = ctx
        self._relabels: dict[tuple[str, str], str] = {}
        # the tagger's domain rules, for the frame heads its pieces between quoted names cannot see
        self.frames = getattr(tagger, "rules", None)

    def tokenize(self, text: str, s0: int, s1: int, qs: list[tuple[int, Quantity]]) -> list[Tok]:
        """Tokens of ``text[s0:s1]``: quantities and quoted names whole, the
        rest from the tagger."""
        breaks = self.ctx.breaks
        fixed: list[Tok] = []
        for i, q in qs:
            fixed.append(Tok(q.lead_start if q.lead_start >= s0 else q.start, q.end, text[q.start:q.end], QUANTITY_POS, i,
                             q.unit, q.kind))
        taken = [(t.start, t.end) for t in fixed]
        pos = s0
        for m in OPENING.finditer(text, s0, s1):
            if m.start() < pos:
                continue  # inside a quote already taken
            pos = m.start()
            paren = m.group() in PARENS
            if paren and (pos == s0 or text[pos - 1] in breaks or text[pos - 1].isspace()
                          or any(b == pos for _, b in taken)):
                # （一） opening a line, （同比…） after a clause, 审结8,106件（含上年结转） after a
                # number: not inside a noun phrase
                continue
            j = text.find((PARENS if paren else OPEN_CLOSE)[m.group()], pos + 1, min(s1, pos + (13 if paren else 41)))
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
                toks.extend(self.tag(text, cursor, f.start))
            if f.start >= cursor:
                toks.append(f)
                cursor = f.end
        if cursor < s1:
            toks.extend(self.tag(text, cursor, s1))
        if self.frames is not None and len(fixed) > len(qs):
            self.frame_heads(toks)
        self.verbal_heads(toks)
        return toks

    def verbal_heads(self, toks: list[Tok]) -> None:
        """审批取水许可申请/v 86件: a verbal head after a noun, right before its number,
        heads the counted noun phrase (data: ``verbal_heads``)."""
        heads = self.ctx.verbal_heads
        for i in range(1, len(toks) - 1):
            t = toks[i]
            if t.pos == "v" and t.text in heads and toks[i + 1].pos == QUANTITY_POS \
                    and toks[i - 1].pos in ("n", "nz", "vn", "j", "nr") and toks[i - 1].end == t.start:
                t.pos = "n"

    def frame_heads(self, toks: list[Tok]) -> None:
        """按照“两个全覆盖”要求检查门店: the head of a 按照…要求 frame is a noun, also
        when a quoted name stands between them (the tagger saw the pieces apart)."""
        fr = self.frames
        for i, t in enumerate(toks):
            if t.text in fr.frame_heads and t.pos in fr.frame_verb_tags and fr.in_frame(
                    (x.text, x.pos) for x in reversed(toks[max(0, i - fr.frame_window):i])):
                t.pos = "n"

    def relabel(self, word: str, tag: str) -> str:
        """The tag the rules use for a tagged word (a function of the pair: memoized)."""
        key = (word, tag)
        cached = self._relabels.get(key)
        if cached is not None:
            return cached
        ctx = self.ctx
        if word in ctx.breaks or (len(word) == 1 and not word.isalnum()):
            tag = PUNCT_POS
        elif word in ctx.copulas:
            tag = "vshi"  # the copula links, it does not govern
        elif word in ctx.relabel_adverbs:
            tag = "d"  # 累计/共计 are tagged v by jieba but only sum up
        elif word in ctx.relabel_prepositions:
            tag = "p"  # 依托…平台接入…: a co-verb that introduces the means, not the act
        elif tag in ctx.relabel_pos and len(word) > 2:
            # jieba tags unknown compounds as idioms or names (依法查处/l, 安全检查/nr):
            # the head decides.
            if word.endswith(ctx.domain_tuple):
                tag = "v"
            elif word.endswith(ctx.action_nouns):
                tag = "vn"
        if len(self._relabels) > 200_000:
            self._relabels.clear()
        self._relabels[key] = tag
        return tag

    def tag(self, text: str, a: int, b: int) -> list[Tok]:
        """The tagger's tokens of ``text[a:b]``, relabelled."""
        out = []
        pos = a
        relabel = self.relabel
        breakdown = self.ctx.breakdown
        rate_heads = self.ctx.rate_heads
        for word, tag in self.tagger.tag(text[a:b]):
            tag = relabel(word, tag)
            if tag == PUNCT_POS and word in "，," and out and out[-1].text in breakdown:
                tag = "d"  # 其中，违规接纳…案件31起: the comma after 其中 opens the breakdown, it ends no clause
            if word in rate_heads and out and out[-1].pos != PUNCT_POS and out[-1].end == pos:
                # 备案/v 率/v → 备案率: the tagger splits rate names it does not know
                prev = out.pop()
                out.append(Tok(prev.start, pos + len(word), prev.text + word, "n"))
            else:
                out.append(Tok(pos, pos + len(word), word, tag))
            pos += len(word)
        return out
