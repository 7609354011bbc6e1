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
    if getattr(tokenizer, "segmenter", None) == "char" and type(tokenizer).__name__ == "ChineseTokenizer":
        words, spaces = char_words_and_spaces(text)
        return Doc(nlp.vocab, words=words, spaces=spaces)
    return nlp.make_doc(text)
