"""A table-like line: ``label：number`` — the label names the act or the object."""
from __future__ import annotations

from ..context import span
from . import register


@register
class LineLabel:
    """A clause after a table-like line's label (``label：`` at the start of a
    line, a list marker 1. 2. before it dropped) is read with the label:

    - nothing before the number in its clause: the label is its left context
      (现场检查定点医药机构：1.87万家次), and an action-noun label with no other
      activity is the activity (行政处罚：1,873件 → 行政处罚);
    - a verb in the clause: the label is the object when none was found
      (行政许可：受理2,964件 → 受理 / 行政许可);
    - a later clause of the line (行政许可：受理2,964件，办结2,964件): a count
      with no object of its own takes the label as object too, when the label
      names a thing (no verb in it: 排查矛盾纠纷：286起，调解成功271起 keeps
      none); an amount or a rate named by its own noun (罚没款, 败诉率) does
      not (docs/annotation.md, 2026-12-03).

    It wraps the constructions of ``construction_order`` (``propose`` runs them,
    returning the links and the name of the construction that proposed them);
    ``+line_label`` is added to that name when the label was read.
    """
    name = "line_label"

    def label(self, ctx, sent, c0):
        """The tokens of the line's label, when the number's clause follows it."""
        text, toks = sent.text, sent.toks
        if c0 < 2 or toks[c0 - 1].text not in ctx.label_colons:
            return None
        return self._label_before(ctx, sent, c0)

    def later_label(self, ctx, sent, c0):
        """The label of the line when the number's clause is a later clause of
        it (行政许可：受理2,964件，【办结】2,964件), joined by commas only."""
        toks = sent.toks
        a, hops = c0, 0
        while a >= 2 and toks[a - 1].text in ("，", ",") and hops < 8:
            a -= 1
            while a > 0 and not ctx.is_break(toks[a - 1]) and "\n" not in toks[a - 1].text:
                a -= 1
            hops += 1
            if a >= 2 and toks[a - 1].text in ctx.label_colons:
                label = self._label_before(ctx, sent, a)
                return label if label and not any(t.pos == "v" for t in label) else None
        return None

    def _label_before(self, ctx, sent, c0):
        text, toks = sent.text, sent.toks
        a = c0 - 1
        while a > 0 and not ctx.is_break(toks[a - 1]) and "\n" not in toks[a - 1].text:
            a -= 1
        label = toks[a:c0 - 1]
        # at the start of its line, an indent (　　行政复议：收案…) aside
        line_start = not text[text.rfind("\n", 0, toks[a].start) + 1:toks[a].start].strip()
        if not label or not line_start:
            return None
        if ctx.breakdown_re.match("".join(t.text for t in label)):
            label = ctx.after_marker(label)
        if not label or sum(len(t.text) for t in label) > ctx.max_label_chars:
            return None
        return label

    def attach(self, ctx, sent, k, label, left, right, q, done, propose):
        """The links of quantity token k whose clause follows ``label``, and the
        name of what decided them."""
        label_span = span(label)
        if not left:
            # 现场检查定点医药机构：1.87万家次 — the label is the number's left context
            links, name = propose(sent, k, label, right, q, done)
            if links[0]["activity"] is None and (label[-1].pos == "vn" or ctx.is_action(label[-1].text)):
                return [{"activity": label_span, "object": None}], self.name  # 行政处罚：1,873件
            return links, f"{name}+{self.name}"
        return self.label_as_object(ctx, sent, k, label, left, right, q, done, propose)  # 行政许可：受理2,964件

    def label_as_object(self, ctx, sent, k, label, left, right, q, done, propose):
        """The links of a count whose clause has an act of its own, in the
        labelled line (its first clause or a later one): the label is its
        object when its own clause names none."""
        links, name = propose(sent, k, left, right, q, done)
        if links[0]["object"] is None and links[0]["activity"] is not None:
            return [{**links[0], "object": span(label)}], f"{name}+{self.name}"
        return links, name
