"""jieba's POS model as the default tagger.

A private ``jieba.Tokenizer`` keeps our user dictionary out of the caller's
global jieba. HMM is off by default: on these reports it mostly invents
out-of-vocabulary words across quantity boundaries and is 4x slower.
"""
from __future__ import annotations

import logging
import threading
from functools import lru_cache

from spacy.util import registry

from ..rules.lexicons import data_path, load_json
from .domain_rules import DomainRules

_lock = threading.Lock()


class JiebaTagger:
    def __init__(self, settings: str = "tagger.json"):
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        conf = load_json(settings)
        self.hmm = bool(conf.get("hmm", False))
        tokenizer = jieba.Tokenizer()
        with _lock:
            tokenizer.initialize()
        tokenizer.load_userdict(str(data_path(conf["userdict"])))
        for word in conf.get("del_words", []):
            tokenizer.del_word(word)
        if conf.get("lexicon"):
            load_lexicon(tokenizer, data_path(conf["lexicon"]))
        self._pos = jieba.posseg.POSTokenizer(tokenizer)
        # posseg keeps its own word->tag table; user dict tags are added to it on load.
        self._pos.makesure_userdict_loaded()
        self._fast = None if self.hmm else _FastPosseg(self._pos)
        self._rules = DomainRules(conf["rules"], word_tags=self._pos.word_tag_tab) if conf.get("rules") else None
        self._memo: dict[str, tuple] = {}

    @property
    def rules(self) -> DomainRules | None:
        """The domain rules run after jieba (the attacher reuses their frame check)."""
        return self._rules

    #: Short fragments whose tags are remembered (the words between two numbers:
    #: labels of a table, 同比增长, 其中 …), and how many before the memo is cleared.
    MEMO_CHARS = 16
    MEMO_SIZE = 50_000

    def tag(self, text: str) -> list[tuple[str, str]]:
        """``(word, tag)`` pairs of ``text`` (a new list: callers may keep it).
        A short fragment's tags are looked up in a memo: the tags are a
        function of the text, and a table's labels come back row after row."""
        if not text:
            return []
        if len(text) <= self.MEMO_CHARS:
            memo = self._memo
            hit = memo.get(text)
            if hit is None:
                if len(memo) >= self.MEMO_SIZE:
                    memo.clear()
                hit = memo[text] = tuple(self._tag(text))
            return list(hit)
        return self._tag(text)

    def _tag(self, text: str) -> list[tuple[str, str]]:
        if self._fast is not None:
            pairs = self._fast.cut(text)
        else:
            pairs = [(p.word, p.flag) for p in self._pos.cut(text, HMM=self.hmm)]
        if self._rules is not None:
            pairs = self._rules.apply(pairs)
        return pairs


def read_lexicon(path) -> list[tuple[str, str]]:
    """``(word, tag)`` rows of a domain lexicon file: ``word<TAB>tag<TAB>note``,
    ``#`` comments and blank lines skipped."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
                raise ValueError(f"{path}:{n}: expected word<TAB>tag<TAB>note, got {line!r}")
            rows.append((parts[0].strip(), parts[1].strip()))
    return rows


def load_lexicon(tokenizer, path) -> None:
    """Add a domain lexicon to a jieba ``Tokenizer``. A word the dictionary
    has and cuts whole keeps its frequency (segmentation is unchanged) and
    takes the new tag; any other word gets the least frequency that keeps it whole
    (``suggest_freq``), so it moves the words around it as little as possible."""
    tokenizer.check_initialized()
    for word, tag in read_lexicon(path):
        if tokenizer.FREQ.get(word) and tokenizer.lcut(word, HMM=False) == [word]:
            tokenizer.user_word_tag_tab[word] = tag
        else:  # new, or known but too rare to stay whole (时长: 时/n 长/a)
            tokenizer.add_word(word, tokenizer.suggest_freq(word, False), tag)


class _FastPosseg:
    """``jieba.posseg.POSTokenizer.cut(text, HMM=False)``, word for word and
    tag for tag, at about twice the speed.

    jieba builds a DAG dict, then a route dict with a ``log`` call per edge,
    then a ``pair`` object per word, through three generators. Here the DAG
    and the route are one right-to-left pass over lists, and each word's
    ``log(freq) - log(total)`` is computed once and kept, with what the
    dictionary says of each fragment met (a word, a prefix, absent), so a step
    of the walk is one dict lookup instead of jieba's three and a ``log``
    (the same expression, so the same float; ties go to the longer word
    exactly as ``max`` over ``(score, end)`` tuples does). The dictionary must
    not change after the first call (the tagger's jieba ``Tokenizer`` is
    private); the table is rebuilt if the dictionary's total changes. Checked against
    posseg in tests/tagging/test_jieba_fast.py.
    """

    #: Fragments remembered (dictionary words, prefixes, and the first
    #: non-prefix after a prefix); cleared when it grows past this.
    MAX_TABLE = 1_000_000

    def __init__(self, pos):
        import jieba.posseg as posseg

        self._pos = pos
        self._tokenizer = pos.tokenizer
        self._han = posseg.re_han_internal
        self._skip = posseg.re_skip_internal
        self._num = posseg.re_num
        self._eng = posseg.re_eng
        self._table: dict[str, object] = {}
        self._total = None

    def _learn(self, frag: str, freq: dict, logtotal: float):
        """What the dictionary says of ``frag``: absent, a prefix only (frequency
        0), or a word with its ``log(freq) - log(total)``."""
        from math import log

        if frag not in freq:
            value = _ABSENT
        elif not freq[frag]:
            value = _PREFIX
        else:
            value = log(freq[frag]) - logtotal
        if len(self._table) >= self.MAX_TABLE:
            self._table.clear()
        self._table[frag] = value
        return value

    def cut(self, text: str) -> list[tuple[str, str]]:
        from math import log

        pos, tok = self._pos, self._tokenizer
        pos.makesure_userdict_loaded()
        tok.check_initialized()
        if tok.total != self._total:
            self._table = {}
            self._total = tok.total
        freq, tags, table, learn = tok.FREQ, pos.word_tag_tab, self._table, self._learn
        logtotal = log(tok.total)
        single = log(1) - logtotal  # a character the dictionary lacks: jieba's log(FREQ.get(c) or 1)
        out: list[tuple[str, str]] = []
        append = out.append
        for blk in self._han.split(text):
            if not blk:
                continue
            if self._han.match(blk):
                n = len(blk)
                score = [0.0] * (n + 1)
                score[n] = 0  # jieba's route[N] = (0, 0)
                end = [0] * (n + 1)
                for k in range(n - 1, -1, -1):
                    # jieba's DAG[k] (ends of dictionary words starting at k) and
                    # route[k] = max((log p(word) + route[end + 1], end)) in one walk
                    best_s = None
                    i = k + 1
                    frag = blk[k]
                    while True:
                        v = table.get(frag, _UNSEEN)
                        if v is _UNSEEN:
                            v = learn(frag, freq, logtotal)
                        if v is _ABSENT:
                            break
                        if v is not _PREFIX:
                            s = v + score[i]
                            if best_s is None or s >= best_s:  # ends grow: ties go to the longer word
                                best_s, best_x = s, i - 1
                        if i >= n:
                            break
                        i += 1
                        frag = blk[k:i]
                    if best_s is None:
                        best_s, best_x = single + score[k + 1], k
                    score[k] = best_s
                    end[k] = best_x
                x = 0
                buf = ""
                while x < n:
                    y = end[x] + 1
                    word = blk[x:y]
                    if y - x == 1 and word in _ASCII_ALNUM:
                        buf += word
                    else:
                        if buf:
                            append((buf, "eng"))
                            buf = ""
                        append((word, tags.get(word, "x")))
                    x = y
                if buf:
                    append((buf, "eng"))
            else:
                for x in self._skip.split(blk):
                    if self._skip.match(x):
                        append((x, "x"))
                    else:
                        eng = self._eng.match(x)  # jieba tests the whole piece here, not the character
                        for xx in x:
                            if self._num.match(xx):
                                append((xx, "m"))
                            elif eng:
                                append((xx, "eng"))
                            else:
                                append((xx, "x"))
        return out


_UNSEEN, _ABSENT, _PREFIX = object(), object(), object()
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@lru_cache(maxsize=2)
def _shared(settings: str) -> JiebaTagger:
    return JiebaTagger(settings)


@registry.misc("lawgov.jieba_tagger.v1")
def make_jieba_tagger(settings: str = "tagger.json") -> JiebaTagger:
    """The default tagger (one per process, shared by pipelines)."""
    return _shared(settings)
