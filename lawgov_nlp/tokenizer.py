"""A faster equivalent of spaCy's Chinese character tokenizer.

``spacy.blank("zh")`` builds one token per character through
``spacy.util.get_words_and_spaces``, which slices the rest of the text for
every character: a third of ``extract``'s time on long reports. This module
produces exactly the same words and spaces (a single space after a character
becomes its trailing whitespace; any other whitespace run is one token) in one
regex pass. :func:`make_doc` falls back to the pipeline's own tokenizer when
it is not the character segmenter.
"""
from __future__ import annotations

import sys

import regex
from spacy.lang.zh import ChineseTokenizer
from spacy.tokens import Doc

# Exactly the characters str.isspace() accepts (regex's \s differs on a few).
_SPACE_CHARS = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
_RUNS = regex.compile(f"([{regex.escape(_SPACE_CHARS)}]+)")


def char_words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """The ``(words, spaces)`` spaCy's char segmenter would build for ``text``."""
    words: list[str] = []
    spaces: list[bool] = []
    for i, chunk in enumerate(_RUNS.split(text)):
        if not chunk:
            continue
        if i % 2 == 0:  # characters
            words.extend(chunk)
            spaces.extend([False] * len(chunk))
        else:  # a whitespace run
            if chunk[0] == " " and words and not spaces[-1] and not words[-1].isspace():
                spaces[-1] = True
                chunk = chunk[1:]
            if chunk:
                words.append(chunk)
                spaces.append(False)
    return words, spaces


def make_doc(nlp, text: str) -> Doc:
    """``nlp.make_doc(text)``, fast when the tokenizer is the char segmenter."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, ChineseTokenizer) and tokenizer.segmenter == "char":
        return _char_doc(tokenizer, text)
    return nlp.make_doc(text)


def _char_doc(tokenizer, text: str) -> Doc:
    words, spaces = char_words_and_spaces(text)
    # A Doc built from orth ids skips hashing every character again (half of
    # Doc construction); the ids come from the vocab itself, so the Doc is the
    # same, byte for byte.
    vocab = tokenizer.vocab
    return Doc(vocab, words=list(map(_orths(tokenizer, vocab).__getitem__, words)), spaces=spaces)


class FastChineseTokenizer(ChineseTokenizer):
    """spaCy's Chinese tokenizer with the char segmenter done by
    :func:`make_doc` (the same Docs, several times faster on long texts, so
    ``nlp(text)`` and ``nlp.pipe`` get the speed too). Other segmenters are
    spaCy's. It serializes as spaCy's own: a saved pipeline loads anywhere."""

    def __call__(self, text: str) -> Doc:
        if self.segmenter == "char":
            return _char_doc(self, text)
        return super().__call__(text)


class _OrthCache(dict):
    """word -> orth id in one vocab, filled on first sight: characters and
    two-character whitespace runs, which ``Doc(words=...)`` would add to the
    vocab anyway; longer words are passed through as strings."""

    __slots__ = ("vocab",)
    #: Whitespace runs and rare characters are words too: bound the table.
    MAX = 200_000

    def __init__(self, vocab):
        super().__init__()
        self.vocab = vocab

    def __missing__(self, word: str):
        if len(word) > 2:
            # spaCy may keep lexemes of longer words in the Doc's memory, not the vocab: let Doc do it
            return word
        orth = self.vocab[word].orth
        if len(self) >= self.MAX:
            self.clear()
        self[word] = orth
        return orth


def _orths(tokenizer, vocab) -> _OrthCache:
    cache = getattr(tokenizer, "_lawgov_orths", None)
    if cache is None or cache.vocab is not vocab:
        cache = _OrthCache(vocab)
        try:
            tokenizer._lawgov_orths = cache
        except AttributeError:  # a tokenizer that takes no attributes: a cache per call
            pass
    return cache
