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
        self._pos = jieba.posseg.POSTokenizer(tokenizer)
        # posseg keeps its own word->tag table; user dict tags are added to it on load.

    def tag(self, text: str) -> list[tuple[str, str]]:
        if not text:
            return []
        return [(p.word, p.flag) for p in self._pos.cut(text, HMM=self.hmm)]


@lru_cache(maxsize=2)
def _shared(settings: str) -> JiebaTagger:
    return JiebaTagger(settings)


@registry.misc("lawgov.jieba_tagger.v1")
def make_jieba_tagger(settings: str = "tagger.json") -> JiebaTagger:
    """The default tagger (one per process, shared by pipelines)."""
    return _shared(settings)
