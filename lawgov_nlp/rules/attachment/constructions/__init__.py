"""The attachment constructions, one module each, found by name.

A construction is a class with a ``name``, a docstring giving its examples
(from docs/annotation.md) and

    propose(ctx, sent, k, left, right, q, done) -> list[Link] | None

``ctx``: the shared :class:`~..context.Context` (word lists and helpers);
``sent``: the :class:`~..context.Sentence` (document text and the sentence's
tokens); ``k``: the index of the quantity's token in ``sent.toks``;
``left`` / ``right``: the tokens of its clause before and after it; ``q``:
the :class:`~lawgov_nlp.rules.quantity_grammar.Quantity`; ``done``: the links
of the quantities before it in the sentence (by quantity index). It returns
the quantity's links, or None (or an empty list) when it does not apply.

The orchestrator tries the constructions in the order of
``construction_order`` in ``data/attachment.json``: the first that proposes
links wins, and the refiners of ``construction_refiners`` (``refine(ctx,
sent, link, q) -> Link``) then rewrite each link.

To add a construction: write a module here with a class decorated with
:func:`register`, and put its name in ``construction_order``. (A construction
defined outside the package can be registered the same way, or in spaCy's
``registry.misc`` under its name, as a function returning an instance.)
"""
from __future__ import annotations

import importlib
import pkgutil

from ....errors import Errors, LexiconError

#: name -> construction class
CONSTRUCTIONS: dict[str, type] = {}


def register(cls):
    """Class decorator: make a construction findable by its ``name``."""
    if not getattr(cls, "name", None):
        raise ValueError(f"construction {cls.__name__} has no name")
    CONSTRUCTIONS[cls.name] = cls
    return cls


def _import_all() -> None:
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


def get_construction(name: str):
    """An instance of the construction called ``name``."""
    cls = CONSTRUCTIONS.get(name)
    if cls is not None:
        return cls()
    from spacy.util import registry

    try:
        return registry.misc.get(name)()
    except Exception as err:  # noqa: BLE001 - catalogue raises its own error type
        raise LexiconError(Errors.E012.format(
            path="attachment.json", reason=f"unknown attachment construction {name!r} "
            f"(known: {', '.join(sorted(CONSTRUCTIONS))})")) from err


_import_all()
