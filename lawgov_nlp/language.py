"""Build the spaCy ``Language`` behind :func:`lawgov_nlp.extract`."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language

# Importing the component modules registers their factories (the entry points
# under ``spacy_factories`` do the same for users who never import us).
from .components import attacher, nonindicators, quantities, sections  # noqa: F401
from .tokenizer import FastChineseTokenizer

#: The pipeline, in order; each name is a registered factory.
PIPE_NAMES = ("lawgov_sections", "lawgov_quantities", "lawgov_nonindicators", "lawgov_attacher")


def load(*, config: dict | None = None) -> Language:
    """A fresh Chinese pipeline: ``spacy.blank("zh")`` (one token per character)
    plus the lawgov components. ``config`` maps a component name to its config
    overrides, e.g. ``{"lawgov_attacher": {"tagger": "none"}}``.
    """
    config = config or {}
    unknown = set(config) - set(PIPE_NAMES)
    if unknown:
        raise ValueError(f"Unknown component(s) in config: {sorted(unknown)}; known: {PIPE_NAMES}")
    nlp = spacy.blank("zh")
    if type(nlp.tokenizer) is ChineseTokenizer and nlp.tokenizer.segmenter == "char":
        # the same Docs as spaCy's char segmenter, without its per-character slicing
        nlp.tokenizer = FastChineseTokenizer(nlp.vocab, segmenter="char")
    for name in PIPE_NAMES:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """The shared default pipeline (built once per process)."""
    return load()
