"""Score the attacher's tagger against hand-tagged clauses.

The gold file (``benchmarks/tagger/gold.jsonl``) has one clause a line::

    {"id": "tg001", "source": "...", "split": "tune" | "test", "text": "...",
     "tokens": [[word, tag], ...], "governors": [token index, ...]}

Tags are jieba's (ICTCLAS/PKU) set. Numbers are one ``m`` token (``3,120``,
``2.3万余``, ``95.2%``) and their counters ``q``. ``governors`` are the tokens
that govern a quantity of the clause (the verb, action noun or rate name the
attacher should find).

Figures, for each split and for all tokens / words only (tokens other than the
gold ``m``/``q`` of numbers and counters, which the attacher never asks the
tagger about: it cuts quantities out first):

- segmentation precision, recall and F1 (a token is right when its span is);
- tag accuracy on the tokens whose span matches, exact and coarse (verb-like
  ``v*``, noun-like, other);
- governing-word accuracy: the governing word is one token of the tagger's
  output and its coarse class is the gold one (verb-like for verbs and action
  nouns, noun for rate and index names).

``score_tagger(gold_path) -> dict`` returns them; ``python -m benchmarks.tagger``
prints them. ``score_lexicon`` measures the tagger on the governing words of
``/work/shared/lexicon/report_verbs.tsv`` put into the invented example
sentences of ``report_constructions.tsv``.
"""
from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

DEFAULT_TAGGER = "lawgov.jieba_tagger.v1"
QUANTITY_TAGS = frozenset({"m", "q"})
NOUN_LIKE = frozenset({"j", "l", "i", "an", "s", "eng"})


def coarse(tag: str) -> str:
    """``verb`` (v, vn, vd, vi, vg …), ``noun`` (n*, and what the attacher
    reads as a noun: j, l, i, an, s, eng) or ``other``."""
    if tag.startswith("v") and tag != "vshi":
        return "verb"
    if tag.startswith("n") or tag in NOUN_LIKE:
        return "noun"
    return "other"


def load_gold(path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                row = json.loads(line)
                validate_row(row, n)
                rows.append(row)
    return rows


def validate_row(row: dict, n: int = 0) -> None:
    """Raise ``ValueError`` when a gold line is malformed."""
    where = f"line {n} ({row.get('id')})"
    for key in ("id", "source", "split", "tokens", "governors"):
        if key not in row:
            raise ValueError(f"{where}: missing {key!r}")
    if row["split"] not in ("tune", "test"):
        raise ValueError(f"{where}: split must be tune or test")
    toks = row["tokens"]
    if not toks or any(len(t) != 2 or not t[0] or not t[1] for t in toks):
        raise ValueError(f"{where}: tokens must be non-empty [word, tag] pairs")
    if "text" in row and "".join(w for w, _ in toks) != row["text"]:
        raise ValueError(f"{where}: tokens do not concatenate to the text")
    if any(not isinstance(g, int) or not 0 <= g < len(toks) for g in row["governors"]):
        raise ValueError(f"{where}: governor index out of range")


def _spans(tokens) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for word, tag in tokens:
        out.append((pos, pos + len(word), tag))
        pos += len(word)
    return out


class _Tally:
    def __init__(self):
        self.c = Counter()

    def add(self, gold, pred, words_only: bool):
        qspans = [(a, b) for a, b, t in gold if t in QUANTITY_TAGS]

        def in_quantity(a, b):
            return any(a < qb and qa < b for qa, qb in qspans)

        if words_only:
            gold = [g for g in gold if g[2] not in QUANTITY_TAGS]
            pred = [p for p in pred if not in_quantity(p[0], p[1])]
        gmap = {(a, b): t for a, b, t in gold}
        self.c["gold"] += len(gold)
        self.c["pred"] += len(pred)
        for a, b, t in pred:
            g = gmap.get((a, b))
            if g is None:
                continue
            self.c["match"] += 1
            self.c["exact"] += g == t
            self.c["coarse"] += coarse(g) == coarse(t)

    def result(self) -> dict:
        c = self.c
        p = c["match"] / c["pred"] if c["pred"] else 0.0
        r = c["match"] / c["gold"] if c["gold"] else 0.0
        return {
            "tokens": c["gold"],
            "seg_p": round(p, 4), "seg_r": round(r, 4),
            "seg_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tag_exact": round(c["exact"] / c["match"], 4) if c["match"] else 0.0,
            "tag_coarse": round(c["coarse"] / c["match"], 4) if c["match"] else 0.0,
        }


def score_rows(rows, tagger) -> dict:
    """Figures over ``rows`` (gold lines), with the governing-word misses."""
    all_t, words_t = _Tally(), _Tally()
    gov = Counter()
    misses = []
    for row in rows:
        text = "".join(w for w, _ in row["tokens"])
        gold = _spans(row["tokens"])
        pred_pairs = tagger.tag(text)
        if "".join(w for w, _ in pred_pairs) != text:
            raise ValueError(f"{row['id']}: the tagger's words do not concatenate to the text")
        pred = _spans(pred_pairs)
        all_t.add(gold, pred, False)
        words_t.add(gold, pred, True)
        pmap = {(a, b): t for a, b, t in pred}
        for g in row["governors"]:
            a, b, t = gold[g]
            gov["n"] += 1
            ptag = pmap.get((a, b))
            one = ptag is not None
            ok = one and coarse(ptag) == coarse(t)
            gov["one_token"] += one
            gov["ok"] += ok
            if not ok:
                got = " ".join(f"{text[x:y]}/{tt}" for x, y, tt in pred if x < b and a < y)
                misses.append({"id": row["id"], "word": text[a:b], "wanted": t, "got": got, "text": text})
    n = gov["n"]
    return {
        "sentences": len(rows),
        "all": all_t.result(),
        "words": words_t.result(),
        "governors": n,
        "governor_one_token": round(gov["one_token"] / n, 4) if n else 0.0,
        "governor_accuracy": round(gov["ok"] / n, 4) if n else 0.0,
        "governor_misses": misses,
    }


def score_tagger(gold_path=None, tagger=None, with_misses: bool = False) -> dict:
    """Score the project's tagger (``lawgov.jieba_tagger.v1`` unless ``tagger``
    is given) on the gold file: ``{"tune": {...}, "test": {...}, "all": {...}}``,
    each with segmentation, tag and governing-word figures. The misses of the
    governing words are kept only for the tune split, and only when
    ``with_misses`` (the test split is for reporting, not for tuning)."""
    if tagger is None:
        from ..tagging import get_tagger

        tagger = get_tagger(DEFAULT_TAGGER)
    if gold_path is None:
        gold_path = Path(__file__).resolve().parents[2] / "benchmarks" / "tagger" / "gold.jsonl"
    rows = load_gold(gold_path)
    out = {}
    for split in ("tune", "test", "all"):
        part = [r for r in rows if split == "all" or r["split"] == split]
        res = score_rows(part, tagger)
        misses = res.pop("governor_misses")
        if with_misses and split == "tune":
            res["governor_misses"] = misses
        out[split] = res
    # real report clauses vs invented ones, for each split: the domain lexicon was
    # mined from the gold sets of the same reports the real clauses come from
    for split in ("tune", "test"):
        by = {}
        for kind in ("reports", "invented"):
            part = [r for r in rows if r["split"] == split and r["source"].startswith("invented") == (kind == "invented")]
            if part:
                res = score_rows(part, tagger)
                by[kind] = {"sentences": res["sentences"], "governors": res["governors"],
                            "governor_accuracy": res["governor_accuracy"], "words_tag_coarse": res["words"]["tag_coarse"],
                            "words_seg_f1": res["words"]["seg_f1"]}
        out[split]["by_source"] = by
    return out


# -- the lexicon of governing words, measured in invented contexts ----------

#: For each role of report_verbs.tsv: a construction of report_constructions.tsv
#: (by the start of its pattern) and the governing word of its invented example,
#: which the lexicon word replaces.
LEXICON_FRAMES = {
    "verb": ("V + NP + N量", "受理"),
    "result verb": ("V + NP + N量", "受理"),
    "light verb": ("LV(", "开展"),
    "verb/light verb": ("LV(", "开展"),
    "action-noun": ("LV(", "普法讲座"),
    "action-noun/verb": ("LV(", "普法讲座"),
    "verb-object compound": ("组织 + NP(人员)", "学法"),
    "award verb": ("N个 + NP + 获评", "入选"),
    "rate or index name": ("NP率 + 达", "结案率"),
}


def lexicon_contexts(verbs_tsv, constructions_tsv) -> list[dict]:
    """One invented sentence per lexicon word: the example of a construction of
    the word's (first) role with the example's own governing word replaced."""
    with open(constructions_tsv, encoding="utf-8") as f:
        examples = [(r["pattern"], r["invented_example"]) for r in csv.DictReader(f, delimiter="\t")]
    out = []
    with open(verbs_tsv, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            role = r["role"].split(",")[0].strip()
            frame = LEXICON_FRAMES.get(role)
            if frame is None:
                continue
            prefix, gov = frame
            example = next((ex for pat, ex in examples if pat.startswith(prefix)), None)
            if example is None or gov not in example:
                continue
            at = example.index(gov)
            out.append({"word": r["word"], "role": role, "wanted": r["wanted_tag"], "jieba_tag": r["jieba_tag"],
                        "text": example[:at] + r["word"] + example[at + len(gov):], "start": at})
    return out


def score_lexicon(verbs_tsv, constructions_tsv, tagger=None) -> dict:
    """How many lexicon words come out as one token with the wanted coarse
    class, in the invented contexts of ``lexicon_contexts``."""
    if tagger is None:
        from ..tagging import get_tagger

        tagger = get_tagger(DEFAULT_TAGGER)
    rows = lexicon_contexts(verbs_tsv, constructions_tsv)
    ok = one = 0
    wrong = []
    for r in rows:
        a, b = r["start"], r["start"] + len(r["word"])
        pmap = {(x, y): t for x, y, t in _spans(tagger.tag(r["text"]))}
        t = pmap.get((a, b))
        one += t is not None
        good = t is not None and coarse(t) == coarse(r["wanted"])
        ok += good
        if not good:
            got = " ".join(f"{w}/{tt}" for w, tt in tagger.tag(r["text"]))
            wrong.append({"word": r["word"], "wanted": r["wanted"], "got": got})
    n = len(rows)
    return {"words": n, "one_token": round(one / n, 4) if n else 0.0,
            "accuracy": round(ok / n, 4) if n else 0.0, "wrong": wrong}
