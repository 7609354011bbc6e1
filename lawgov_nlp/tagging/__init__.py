"""Word segmentation and part-of-speech for the attacher.

A tagger is any object with ``tag(text) -> list[(word, pos)]`` whose words
concatenate back to ``text``; POS tags use jieba's (ICTCLAS/PKU-style) tag set.
The default is jieba's model, which ships inside its PyPI package; the HanLP
adapter (``lawgov_nlp.tagging.hanlp_adapter``) maps HanLP output onto the same
tags for users who have HanLP models. Taggers are looked up by name in
spaCy's ``registry.misc`` (``lawgov.jieba_tagger.v1`` …), so a pipeline config
can swap them.
"""
from .base import Tagger, get_tagger  # noqa: F401
