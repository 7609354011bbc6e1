"""Domain rules run on jieba's ``(word, tag)`` pairs before the attacher reads them.

jieba's model knows general Chinese; the reports' governing words are often
split or mis-tagged by it (issue 11). The dictionary part of the fix is the
domain lexicon (``data/tagger_lexicon.txt``, loaded into the tagger's private
jieba tokenizer); this module holds the rules that need a word's neighbours.
Their word lists are data (``data/tagger_rules.json``). Every rule only merges
adjacent words or changes a tag, so the words still concatenate to the text.

- a rate or count head split off its name: 改正/v 率/v → 改正率/n,
  收案/v 数/n → 收案数/n;
- a one-character verb after a prefix that makes a report verb with it:
  新/a 收/v → 新收/v, 首/m 聘/v → 首聘/v;
- 行政 + an administrative act: 行政/n 审批/vn → 行政审批/vn;
- an event or document head split off the word naming its kind: 专家论证/n
  会/v → 专家论证会/n; 下发/v 整改/v 通知书/n → 整改通知书/n (a document head
  only after a verb that issues it earlier in the clause, so 下发/v 通知书/n
  stays);
- a manner adverb jieba glued to a verb, often under a non-verb tag, splits
  off: 依法取缔/l → 依法/d 取缔/v, 严格执行/nr → 严格/d 执行/v (the adverb and
  the verb are both words of jieba's own dictionary, so no word list is needed);
- the head of a 按照/根据…要求 frame is a noun: 按照“两个全覆盖”要求/v 检查门店
  → 要求/n, so 检查 governs;
- 通过 the verb, not the preposition, when no verb follows its noun phrase in
  the clause and the phrase names no means (全部通过资格考试, 审议通过规范性
  文件9件, 全部通过执法资格考试: a verb right before a noun modifies it; but
  通过告知承诺方式办理…, 通过热线受理… stay ``p``).
"""
from __future__ import annotations

from ..rules.lexicons import load_json

Pair = tuple[str, str]


class DomainRules:
    def __init__(self, path: str = "tagger_rules.json", word_tags: dict[str, str] | None = None):
        """``word_tags``: the tagger's dictionary (word -> tag); without it the
        adverb split is off."""
        d = load_json(path)
        rate = d["rate_heads"]
        self.rate_heads = {head: frozenset(tags) for head, tags in rate["heads"].items()}
        pre = d["prefixed_verbs"]
        self.prefixes = frozenset(pre["prefixes"])
        self.prefix_verb_tags = frozenset(pre["verb_tags"])
        adm = d["administrative_actions"]
        self.adm_head = adm["head"]
        self.adm_actions = frozenset(adm["actions"])
        tg = d["tongguo"]
        self.tongguo = tg["word"]
        self.means = tuple(tg["means_nouns"])
        self.breaks = frozenset(tg["clause_breaks"])
        self.tg_verb_tags = frozenset(tg["verb_tags"])
        nh = d["noun_heads"]
        self.noun_heads = {head: frozenset(tags) for head, tags in nh["heads"].items()}
        self.after_verb_only = frozenset(nh["after_a_verb_only"])
        av = d["adverb_verbs"]
        self.word_tags = word_tags or {}
        adverb_tags = frozenset(av["adverb_tags"])
        # two-character adverbs only: a one-character one (不, 未, 再) would split 不合格, 未整改
        self.adverbs = frozenset(w for w, t in self.word_tags.items() if len(w) == 2 and t in adverb_tags)
        self.adverb_verb_tags = frozenset(av["verb_tags"])
        self.min_verb_chars = av["min_verb_chars"]
        fr = d["frame_nouns"]
        self.frame_preps = frozenset(fr["prepositions"])
        self.frame_heads = frozenset(fr["heads"])
        self.frame_verb_tags = frozenset(fr["verb_tags"])
        self.frame_window = fr["max_words"]
        # words that can start a merge: one set lookup per word in the common case
        self._triggers = set(self.rate_heads) | self.prefixes | {self.adm_head, self.tongguo} | set(self.noun_heads) \
            | self.frame_heads

    def _adverb_split(self, w: str) -> bool:
        """依法取缔: a two-character adverb and a verb of the dictionary glued into one word."""
        return len(w) >= 2 + self.min_verb_chars and w[:2] in self.adverbs \
            and self.word_tags.get(w[2:]) in self.adverb_verb_tags

    def apply(self, pairs: list[Pair]) -> list[Pair]:
        trig = self._triggers
        adverbs = self.adverbs
        hits = [i for i, (w, _) in enumerate(pairs) if w in trig or (w[:2] in adverbs and self._adverb_split(w))]
        if not hits:
            return pairs
        out: list[Pair] = []
        n = len(pairs)
        last = 0  # pairs[last:] are not in out yet
        for i in hits:
            if i < last:
                continue  # merged into the word before
            out.extend(pairs[last:i])
            last = i
            w, t = pairs[i]
            nxt = pairs[i + 1] if i + 1 < n else None
            if w not in trig:  # (only the adverb split brings a word that is no trigger here)
                out.append((w[:2], "d"))
                out.append((w[2:], self.word_tags[w[2:]]))
                last = i + 1
            elif w in self.rate_heads and out and out[-1][1] in self.rate_heads[w] and _cjk(out[-1][0][-1]):
                pw, _ = out.pop()
                out.append((pw + w, "n"))
                last = i + 1
            elif w in self.prefixes and nxt is not None and len(nxt[0]) == 1 and nxt[1] in self.prefix_verb_tags:
                out.append((w + nxt[0], "v"))
                last = i + 2
            elif w == self.adm_head and nxt is not None and nxt[0] in self.adm_actions:
                out.append((w + nxt[0], "vn"))
                last = i + 2
            elif w in self.noun_heads and out and out[-1][1] in self.noun_heads[w] and _cjk(out[-1][0][-1]) \
                    and (nxt is None or nxt[1] not in self.tg_verb_tags) \
                    and (w not in self.after_verb_only or self._verb_before(out)):
                pw, _ = out.pop()
                out.append((pw + w, "n"))
                last = i + 1
                # 下达/v 责令/v 整改通知书: a second verb naming the document, after the issuing one
                while w in self.after_verb_only and len(out) > 2 and out[-2][1] in self.tg_verb_tags \
                        and out[-3][1] in self.tg_verb_tags:
                    noun, _ = out.pop()
                    pw, _ = out.pop()
                    out.append((pw + noun, "n"))
            elif w in self.frame_heads and t in self.frame_verb_tags and self._in_frame(out):
                out.append((w, "n"))
                last = i + 1
            elif w == self.tongguo and t == "p" and nxt is not None and self._tongguo_is_verb(pairs, i + 1):
                out.append((w, "v"))
                last = i + 1
        out.extend(pairs[last:])
        return out

    def _verb_before(self, out: list[Pair]) -> bool:
        """A verb among the (at most 8) words before the last one, back to the
        sentence's or clause's end (下发/v 隐患/n 整改/v …, 局部/n 停工/v 通知书 after
        a 、 list of what 下发 issued)."""
        for w, t in out[-2:-10:-1]:
            if w in ("。", "；", ";", "！", "？", "\n"):
                return False
            if t in self.tg_verb_tags:
                return True
        return False

    def _in_frame(self, out: list[Pair]) -> bool:
        return self.in_frame(reversed(out[-self.frame_window:]))

    def in_frame(self, before) -> bool:
        """A frame preposition (按照, 根据 …) among ``before`` (the words before a
        frame head, nearest first, at most ``frame_window`` of them), back to the
        clause's start. The attacher calls it too: it tags the words between
        quoted names separately, so it checks frames across them."""
        for w, t in before:
            if w in self.breaks:
                return False
            if w in self.frame_preps and t == "p":
                return True
        return False

    def _tongguo_is_verb(self, pairs: list[Pair], j: int) -> bool:
        """No verb and no means noun between 通过 (before ``j``) and the end of its clause."""
        phrase = []
        rest = pairs[j:]
        for x, (w, t) in enumerate(rest):
            if w in self.breaks:
                break
            if t in self.tg_verb_tags and not (x + 1 < len(rest) and rest[x + 1][1].startswith("n")
                                               and rest[x + 1][0] not in self.breaks):
                return False  # (a verb before a noun modifies it: 全部通过执法/v 资格考试/n)
            phrase.append(w)
        if not phrase:
            return False
        return not any(w.endswith(self.means) for w in phrase)


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
