"""All ``Doc``/``Span`` extensions lawgov_nlp defines, registered in one place.

A mention's data lives in one plain dict, ``span._.lawgov`` (numbers, strings,
offset pairs), so docs survive ``Doc.to_bytes`` and ``nlp.pipe(n_process=2)``;
the attributes named in SPEC.md are getters over it. Activity and object are
stored as character offsets and turned back into ``Span`` objects on access.
"""
from __future__ import annotations

from spacy.tokens import Span

_FIELDS = ("value", "value_high", "unit", "qualifier", "kind", "change", "section", "reason")


def _field_getter(name):
    def getter(span):
        record = span._.lawgov
        return None if record is None else record.get(name)

    return getter


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

    return getter


def _roles_getter(role):
    def getter(span):
        record = span._.lawgov
        if not record:
            return []
        return [_char_span(span, link.get(role)) for link in record.get("links") or []]

    return getter


def register_extensions(force: bool = False) -> None:
    """Register the extensions (idempotent). Called on ``import lawgov_nlp``."""
    if Span.has_extension("lawgov") and not force:
        return
    Span.set_extension("lawgov", default=None, force=True)
    for name in _FIELDS:
        Span.set_extension(name, getter=_field_getter(name), force=True)
    Span.set_extension("activity", getter=_role_getter("activity"), force=True)
    Span.set_extension("object", getter=_role_getter("object"), force=True)
    # One mention can govern several rows (coordinated rates sharing a number).
    Span.set_extension("activities", getter=_roles_getter("activity"), force=True)
    Span.set_extension("objects", getter=_roles_getter("object"), force=True)


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
