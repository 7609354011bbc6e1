"""All ``Doc``/``Span`` extensions lawgov_nlp defines, registered in one place.

A mention's data lives in one plain dict, ``span._.lawgov`` (numbers, strings,
offset pairs), so docs survive ``Doc.to_bytes`` and ``nlp.pipe(n_process=2)``;
the attributes are getters over it. Activity and object are stored as
character offsets and turned back into ``Span`` objects on access.

Every attribute exists under a namespaced name, ``span._.lawgov_value``,
``span._.lawgov_unit`` … (:data:`NAMES` lists them), always registered. The
plain names of SPEC.md (``span._.value``, ``span._.unit`` …) are registered
too, but only when no other package has taken them: ``import lawgov_nlp``
never overwrites another library's extension; it logs a warning naming the
attributes it left alone, which are then read through their ``lawgov_``
names. lawgov_nlp itself reads only ``span._.lawgov``.
"""
from __future__ import annotations

import logging

from spacy.tokens import Span

logger = logging.getLogger("lawgov_nlp")

_FIELDS = ("value", "value_high", "unit", "qualifier", "kind", "change", "section", "reason")
_ROLES = ("activity", "object")
#: Every plain attribute name (``span._.<name>``); each also exists as ``span._.lawgov_<name>``.
NAMES = (*_FIELDS, *_ROLES, "activities", "objects")
#: Plain names another package had registered, left to it at import (logged).
SKIPPED: list[str] = []


def _ours(getter):
    getter._lawgov = True
    return getter


def _field_getter(name):
    def getter(span):
        record = span._.lawgov
        return None if record is None else record.get(name)

    return _ours(getter)


def _char_span(span, offsets):
    if offsets is None:
        return None
    return span.doc.char_span(offsets[0], offsets[1], alignment_mode="expand")


def _role_getter(role):
    def getter(span):
        record = span._.lawgov
        if not record or not record.get("links"):
            return None
        return _char_span(span, record["links"][0].get(role))

    return _ours(getter)


def _roles_getter(role):
    def getter(span):
        record = span._.lawgov
        if not record:
            return []
        return [_char_span(span, link.get(role)) for link in record.get("links") or []]

    return _ours(getter)


def _getters() -> dict:
    getters = {name: _field_getter(name) for name in _FIELDS}
    for role in _ROLES:
        getters[role] = _role_getter(role)
    # One mention can govern several rows (coordinated rates sharing a number).
    getters["activities"] = _roles_getter("activity")
    getters["objects"] = _roles_getter("object")
    return getters


def _is_ours(name: str) -> bool:
    default, method, getter, setter = Span.get_extension(name)
    return getattr(getter, "_lawgov", False)


def register_extensions(force: bool = False) -> None:
    """Register the extensions (idempotent). Called on ``import lawgov_nlp``.

    ``span._.lawgov`` and the ``lawgov_`` names are always (re)registered;
    a plain name is registered only when it is free or already ours, else it
    is skipped with a warning (``force`` does not change that)."""
    if Span.has_extension("lawgov") and Span.has_extension("lawgov_value") and not force:
        return
    Span.set_extension("lawgov", default=None, force=True)
    SKIPPED.clear()
    for name, getter in _getters().items():
        Span.set_extension(f"lawgov_{name}", getter=getter, force=True)
        if Span.has_extension(name) and not _is_ours(name):
            SKIPPED.append(name)
            continue
        Span.set_extension(name, getter=getter, force=True)
    if SKIPPED:
        logger.warning(
            "lawgov_nlp: Span._.%s already registered by another package; left as it is. "
            "Read lawgov_nlp's values as span._.lawgov_<name> (e.g. span._.lawgov_%s).",
            ", ".join(SKIPPED), SKIPPED[0])


register_extensions()


# -- fast record access ---------------------------------------------------------
#
# ``span._.lawgov`` builds an ``Underscore`` object per access; the components
# read and write every mention's record four or five times per document, which
# cost more than some rules. spaCy keeps a span's extension values in
# ``doc.user_data`` under ``("._.", name, start_char, end_char)``: these helpers
# use that key directly, and fall back to ``span._`` if a spaCy version stores
# them differently (checked once, on first use).

_FAST: list = []  # [True] once the key layout is confirmed, [False] if not


def _key_layout_ok() -> bool:
    if not _FAST:
        from spacy.tokens import Doc
        from spacy.vocab import Vocab

        doc = Doc(Vocab(), words=["甲", "乙"], spaces=[False, False])
        span = doc[0:2]
        doc.user_data[("._.", "lawgov", span.start_char, span.end_char)] = {"probe": 1}
        _FAST.append(span._.lawgov == {"probe": 1})
    return _FAST[0]


def get_record(span):
    """``span._.lawgov``, without building an ``Underscore``."""
    if _key_layout_ok():
        return span.doc.user_data.get(("._.", "lawgov", span.start_char, span.end_char))
    return span._.lawgov


def set_record(span, record) -> None:
    """``span._.lawgov = record``, without building an ``Underscore``."""
    if _key_layout_ok():
        span.doc.user_data[("._.", "lawgov", span.start_char, span.end_char)] = record
    else:
        span._.lawgov = record


def record_key(start_char: int, end_char: int):
    """The ``doc.user_data`` key of the record of the span at these character
    offsets, or None when this spaCy stores extension values otherwise (read
    them through spans then)."""
    return ("._.", "lawgov", start_char, end_char) if _key_layout_ok() else None
