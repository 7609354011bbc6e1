"""See the mentions in the text with displaCy: ``lawgov_nlp.render(doc)``.

``displacy.render(doc, style="span")`` alone shows nothing useful on a
lawgov doc: the mentions are in ``doc.spans["indicators"]``, not ``"sc"``,
every span is labelled ``QUANTITY``, and displaCy writes a space after every
token outside a span, which on one-character tokens spaces out the Chinese
text. :func:`render` draws a copy of the doc whose tokens are the runs of text
between span boundaries (so no space is added), with each mention labelled
``kind:activity`` (several activities joined by ``/``, none: ``—``) and, by
default, its activity and object marked as spans of their own.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["render", "display_doc", "display_options", "COLORS"]

#: The span group the display copy holds.
KEY = "lawgov_display"
#: Appended to the words outside every span in the display copy: displaCy
#: writes each such word followed by a space, and :func:`render` removes
#: the marker with that space.
_GLUE = "\u2060"
#: A colour per mention kind, and for the activity and object spans.
COLORS = {"count": "#9ecae1", "money": "#fdae6b", "percent": "#a1d99b", "duration": "#bcbddc",
          "measure": "#fdd0a2", "activity": "#e7e7e7", "object": "#f3e6cc"}


def _mention_spans(doc: Doc, roles: bool) -> list[tuple[int, int, str]]:
    """``(start_char, end_char, label)`` of each mention (and its activity and object)."""
    from .extensions import get_record

    found: list[tuple[int, int, str]] = []
    for mention in doc.spans.get("indicators", []):
        record = get_record(mention) or {}
        links = record.get("links") or []
        text = doc.text
        activities = "/".join(text[a[0]:a[1]] for a in (link.get("activity") for link in links) if a) or "—"
        found.append((mention.start_char, mention.end_char, f"{record.get('kind')}:{activities}"))
        if roles:
            for link in links:
                for role in ("activity", "object"):
                    offsets = link.get(role)
                    if offsets:
                        found.append((offsets[0], offsets[1], role))
    return sorted(set(found))


def display_doc(doc: Doc, *, roles: bool = True) -> Doc:
    """A copy of ``doc`` for displaCy: tokens cut at span boundaries (no space
    between Chinese characters), the mentions labelled ``kind:activity`` in
    ``doc.spans["lawgov_display"]`` (with ``roles``, their activity and object too)."""
    spans = _mention_spans(doc, roles)
    text = doc.text
    cuts = sorted({0, len(text), *(i for start, end, _ in spans for i in (start, end))})
    covered = [False] * len(cuts)
    position = {cut: i for i, cut in enumerate(cuts)}
    for start, end, _ in spans:
        for i in range(position[start], position[end]):
            covered[i] = True
    words = [text[a:b] + ("" if covered[i] else _GLUE) for i, (a, b) in enumerate(zip(cuts, cuts[1:]))]
    view = Doc(doc.vocab, words=words or [_GLUE], spaces=[False] * max(1, len(words)))
    view.spans[KEY] = [Span(view, position[s], position[e], label=label) for s, e, label in spans]
    return view


def display_options(docs, **options) -> dict:
    """displaCy options for :func:`display_doc` copies: the span group, a
    colour per kind, labels on one line. ``options`` override them."""
    from spacy.displacy.templates import TPL_SPAN, TPL_SPAN_SLICE, TPL_SPAN_START

    labels = {span.label_ for doc in docs for span in doc.spans[KEY]}
    colors = {label: COLORS.get(label.split(":")[0], "#ddd") for label in labels}
    # displaCy's templates without the line breaks around the text (each would
    # show as a space between Chinese characters), labels kept on one line
    # (a label is wider than a short number like 3次)
    template = {"span": _compact(TPL_SPAN), "slice": _compact(TPL_SPAN_SLICE),
                "start": _compact(TPL_SPAN_START.replace("line-height: 1;", "line-height: 1; white-space: nowrap;"))}
    return {"spans_key": KEY, "colors": colors, "template": template, **options}


def _compact(template: str) -> str:
    import re

    return re.sub(r"\s*\n\s*", "", template)  # only the layout's line breaks and indents


def render(docs, *, roles: bool = True, jupyter: bool | None = None, page: bool = False, options: dict | None = None):
    """Draw the mentions of processed doc(s) with displaCy's span view.

    Each mention is labelled ``kind:activity``; with ``roles`` (default) its
    activity and object are marked (labels ``activity`` and ``object``).
    Returns the HTML (or, in Jupyter, displays it, as ``displacy.render``
    does); ``page=True`` wraps it in a full HTML page; ``options`` are
    displaCy options that override the defaults."""
    from spacy import displacy

    docs = [docs] if isinstance(docs, Doc) else list(docs)
    views = [display_doc(doc, roles=roles) for doc in docs]
    html = displacy.render(views, style="span", jupyter=False, page=page,
                           options=display_options(views, **(options or {})))
    html = html.replace(_GLUE + " ", "").replace(_GLUE, "")
    if jupyter is None:
        jupyter = displacy.is_in_jupyter()
    if jupyter:
        from IPython.display import HTML, display

        display(HTML(html))
        return None
    return html
