"""HanLP as the attacher's tagger (``pip install lawgov_nlp[hanlp]``).

HanLP's models download at run time, so they are never the default; users who
have them (``hanlp.load(...)`` works on their machine) get a better tagger by
naming ``lawgov.hanlp_tagger.v1`` in the attacher's config. The adapter turns
the ``tok``/``pos`` layers of a ``hanlp_common`` Document into the
``(word, pos)`` pairs the attacher reads (HanLP's CTB, PKU or 863 tags mapped
onto jieba's), aligning tokens to the text so offsets stay exact.
"""
from __future__ import annotations

from typing import Callable

from spacy.util import registry

from ..rules.lexicons import load_json

_TOK_KEYS = ("tok/fine", "tok/coarse", "tok")
_POS_KEYS = ("pos/ctb", "pos/pku", "pos/863", "pos")


def _first(doc, keys):
    for key in keys:
        if key in doc:
            return key, doc[key]
    return None, None


def map_tag(tag: str, scheme: str) -> str:
    tables = load_json("hanlp_tags.json")
    if scheme == "ctb":
        return tables["ctb"].get(tag, "x")
    if scheme == "863":
        return tables["863"].get(tag, tag)
    return tables["pku"].get(tag, tag)


def document_to_tags(text: str, doc) -> list[tuple[str, str]]:
    """``(word, pos)`` pairs from a HanLP ``Document`` for ``text``.

    Words are aligned to ``text``: characters HanLP dropped (spaces) or
    normalised become ``x`` tokens, so the words concatenate back to ``text``.
    """
    tok_key, toks = _first(doc, _TOK_KEYS)
    pos_key, tags = _first(doc, _POS_KEYS)
    if toks is None:
        raise ValueError(f"HanLP document has no tokens (looked for {_TOK_KEYS}); keys: {list(doc)}")
    if toks and isinstance(toks[0], list):  # a batch of one sentence
        toks = toks[0]
        tags = tags[0] if tags else tags
    scheme = pos_key.split("/")[-1] if pos_key and "/" in pos_key else "pku"
    if tags is None:
        tags = ["n"] * len(toks)
    out: list[tuple[str, str]] = []
    pos = 0
    for word, tag in zip(toks, tags):
        at = text.find(word, pos)
        if at == -1:
            continue  # a normalised token: its characters fall into the gap below
        if at > pos:
            out.append((text[pos:at], "x"))
        out.append((word, map_tag(tag, scheme)))
        pos = at + len(word)
    if pos < len(text):
        out.append((text[pos:], "x"))
    return out


class HanLPTagger:
    """Wrap a HanLP pipeline (any callable ``text -> Document``)."""

    def __init__(self, pipeline: Callable):
        self.pipeline = pipeline

    def tag(self, text: str) -> list[tuple[str, str]]:
        if not text:
            return []
        return document_to_tags(text, self.pipeline(text))


@registry.misc("lawgov.hanlp_tagger.v1")
def make_hanlp_tagger(model: str = "CLOSE_TOK_POS_NER_SRL_DEP_SDP_CON_ELECTRA_SMALL_ZH") -> HanLPTagger:
    """A tagger from a HanLP model name (``hanlp.pretrained.mtl.<model>``) or
    path. Needs ``hanlp`` and a model already on disk: HanLP downloads
    missing models from its servers, which an offline machine cannot reach."""
    try:
        import hanlp
    except ImportError as e:  # pragma: no cover - depends on the extra
        raise ImportError("The HanLP tagger needs the extra: pip install 'lawgov_nlp[hanlp]'") from e
    import hanlp.pretrained.mtl as mtl

    pipeline = hanlp.load(getattr(mtl, model, model))
    return HanLPTagger(lambda text: pipeline(text, tasks=["tok/fine", "pos/ctb"]))
