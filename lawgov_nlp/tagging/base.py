"""The tagger interface and its registry."""
from __future__ import annotations

from typing import Protocol

from spacy.util import registry


class Tagger(Protocol):
    def tag(self, text: str) -> list[tuple[str, str]]:
        """Words of ``text`` (concatenating back to it) with POS tags."""


def get_tagger(name: str) -> Tagger:
    """Build a tagger registered under ``name`` in ``registry.misc``."""
    # Importing the modules registers the built-in taggers.
    from . import hanlp_adapter, jieba_tagger  # noqa: F401

    return registry.misc.get(name)()
