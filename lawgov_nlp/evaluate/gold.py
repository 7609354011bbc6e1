"""Gold sets: loading and validation.

Two layouts (both described in docs/annotation.md):

- seeds: ``<dir>/<doc_id>.txt`` beside ``<dir>/<doc_id>.gold.jsonl``;
- the challenge set: ``<dir>/texts.jsonl`` (``{"doc_id", "construction",
  "text"}`` a line) and ``<dir>/challenge.gold.jsonl`` (a text may have no row).

:func:`validate_gold` lists every problem it finds; :func:`check_gold` raises
:class:`lawgov_nlp.errors.GoldFormatError` when there is one.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Errors, GoldFormatError

QUALIFIERS = frozenset({"exact", "more_than", "at_least", "less_than", "at_most", "about"})
KINDS = frozenset({"count", "money", "percent", "duration", "measure"})
CHANGES = frozenset({"increase", "decrease"})
PERCENT_UNITS = frozenset({"%", "百分点", "‰"})
ROLES = ("activity", "object")
GOLD_KEYS = (
    "doc_id", "start", "end", "text", "value", "value_high", "unit", "qualifier", "kind",
    "change", "activity", "activity_start", "activity_end", "object", "object_start", "object_end",
)

#: Optional keys of a gold row: the codebook indicator (lawgov_nlp/data/indicators.json) or null.
OPTIONAL_KEYS = ("indicator",)
#: Indicator ids of a set's gold rows, one file per set directory, kept apart from the generated
#: gold files: ``{"doc_id", "start", "end", "activity_start", "indicator"}`` a line (docs/indicators.md).
INDICATORS_FILE = "indicators.jsonl"

CHALLENGE_TEXTS = "texts.jsonl"
CHALLENGE_GOLD = "challenge.gold.jsonl"
GOLD_SUFFIX = ".gold.jsonl"


@dataclass
class GoldSet:
    """Texts and gold rows of one gold set.

    ``sources[i]`` says where ``rows[i]`` came from (``path:line``); ``groups``
    maps a doc_id to the group it is reported under (the challenge
    construction, or the doc_id itself); ``missing`` lists texts without gold.
    """

    name: str
    path: str
    texts: dict[str, str] = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    groups: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    #: problems found while merging ``indicators.jsonl`` (entries matching no gold row)
    indicator_problems: list[str] = field(default_factory=list)

    @property
    def has_indicators(self) -> bool:
        """Whether the rows carry indicator ids (an ``indicators.jsonl`` was merged)."""
        return any("indicator" in row for row in self.rows)


def read_jsonl(path: Path) -> list[tuple[str, dict]]:
    """``(path:line, object)`` for each non-blank line; bad JSON raises."""
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldFormatError(Errors.E013.format(path=where, reason=f"not JSON ({err.msg})")) from err
        if not isinstance(record, dict):
            raise GoldFormatError(Errors.E013.format(path=where, reason="not a JSON object"))
        records.append((where, record))
    return records


def _add_rows(gold: GoldSet, path: Path) -> None:
    for where, row in read_jsonl(path):
        gold.sources.append(where)
        gold.rows.append(row)


def load_seeds(seed_dir: str | Path, name: str = "seeds") -> GoldSet:
    """A set in the seed layout (the seeds, the report sets): every
    ``<doc_id>.txt`` that has a ``<doc_id>.gold.jsonl``."""
    seed_dir = Path(seed_dir)
    gold = GoldSet(name=name, path=str(seed_dir))
    for text_path in sorted(seed_dir.glob("*.txt")):
        doc_id = text_path.stem
        gold_path = seed_dir / f"{doc_id}{GOLD_SUFFIX}"
        if not gold_path.exists():
            gold.missing.append(doc_id)
            continue
        gold.texts[doc_id] = text_path.read_text(encoding="utf-8")
        gold.groups[doc_id] = doc_id
        _add_rows(gold, gold_path)
    merge_indicators(gold, seed_dir / INDICATORS_FILE)
    return gold


def merge_indicators(gold: GoldSet, path: Path) -> None:
    """Set ``row["indicator"]`` on every gold row from ``path`` (when it exists), matching
    ``(doc_id, start, end, activity_start)``; entries matching no row become problems."""
    if not path.exists():
        return
    ids = {}
    for where, record in read_jsonl(path):
        key = (record.get("doc_id"), record.get("start"), record.get("end"), record.get("activity_start"))
        ids[key] = (where, record.get("indicator"))
    for row in gold.rows:
        found = ids.pop((row.get("doc_id"), row.get("start"), row.get("end"), row.get("activity_start")), None)
        row["indicator"] = found[1] if found else None
    gold.indicator_problems += [f"{where}: matches no gold row" for where, _ in ids.values()]


def load_challenge(challenge_dir: str | Path) -> GoldSet:
    """The challenge set: ``texts.jsonl`` and ``challenge.gold.jsonl``."""
    challenge_dir = Path(challenge_dir)
    gold = GoldSet(name="challenge", path=str(challenge_dir))
    for where, record in read_jsonl(challenge_dir / CHALLENGE_TEXTS):
        doc_id, text = record.get("doc_id"), record.get("text")
        if not isinstance(doc_id, str) or not isinstance(text, str) or doc_id in gold.texts:
            raise GoldFormatError(Errors.E013.format(path=where, reason="needs a unique doc_id and a text"))
        gold.texts[doc_id] = text
        gold.groups[doc_id] = record.get("construction") or doc_id
    gold_path = challenge_dir / CHALLENGE_GOLD
    if gold_path.exists():
        _add_rows(gold, gold_path)
        merge_indicators(gold, challenge_dir / INDICATORS_FILE)
    else:
        gold.missing = list(gold.texts)
    return gold


# --- validation -----------------------------------------------------------

def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _span_problems(row: dict, text: str, name: str, start_key: str, end_key: str) -> list[str]:
    """Problems with the span ``row[start_key]:row[end_key]`` that should read ``row[name]``."""
    start, end, surface = row.get(start_key), row.get(end_key), row.get(name)
    if not (_is_int(start) and _is_int(end)):
        return [f"{start_key}/{end_key} must be integers, got {start!r}/{end!r}"]
    if not 0 <= start < end <= len(text):
        return [f"{name} span {start}-{end} outside the document (length {len(text)})"]
    if text[start:end] != surface:
        return [f"{name} {surface!r} != text[{start}:{end}] {text[start:end]!r}"]
    return []


def _role_problems(row: dict, text: str, role: str) -> list[str]:
    keys = (role, f"{role}_start", f"{role}_end")
    present = [row.get(k) is not None for k in keys]
    if not any(present):
        return []
    if not all(present):
        return [f"{role}: give text, start and end together, or none of them"]
    return _span_problems(row, text, *keys)


def _field_problems(row: dict) -> list[str]:
    problems = []
    value, high = row.get("value"), row.get("value_high")
    if not _is_number(value):
        problems.append(f"value must be a number, got {value!r}")
    if high is not None and not _is_number(high):
        problems.append(f"value_high must be a number or null, got {high!r}")
    elif high is not None and _is_number(value) and high < value:
        problems.append(f"value_high {high} < value {value}")
    unit, kind = row.get("unit"), row.get("kind")
    if not isinstance(unit, str) or not unit:
        problems.append(f"unit must be a non-empty string, got {unit!r}")
    for key, allowed in (("qualifier", QUALIFIERS), ("kind", KINDS)):
        if row.get(key) not in allowed:
            problems.append(f"{key} {row.get(key)!r} not in {sorted(allowed)}")
    if row.get("change") is not None and row.get("change") not in CHANGES:
        problems.append(f"change {row.get('change')!r} not in {sorted(CHANGES)} or null")
    if (kind == "money") != (unit == "元"):
        problems.append(f"kind {kind!r} with unit {unit!r} (money is always in 元)")
    if unit in PERCENT_UNITS and kind != "percent":
        problems.append(f"unit {unit!r} needs kind 'percent', got {kind!r}")
    return problems


def row_problems(row: dict, texts: dict[str, str]) -> list[str]:
    """Every problem of one gold row on its own (keys, offsets, types, enums)."""
    missing = [k for k in GOLD_KEYS if k not in row]
    unknown = [k for k in row if k not in GOLD_KEYS and k not in OPTIONAL_KEYS]
    problems = [f"missing keys {missing}"] if missing else []
    if unknown:
        problems.append(f"unknown keys {unknown}")
    text = texts.get(row.get("doc_id"))
    if text is None:
        return problems + [f"unknown doc_id {row.get('doc_id')!r}"]
    problems += _span_problems(row, text, "text", "start", "end")
    problems += _field_problems(row)
    for role in ROLES:
        problems += _role_problems(row, text, role)
    problems += _indicator_problems(row)
    return problems


def _indicator_problems(row: dict) -> list[str]:
    indicator = row.get("indicator")
    if indicator is None:
        return []
    from ..codebook import load_codebook

    book = load_codebook()
    if indicator not in book:
        return [f"indicator {indicator!r} is not in the codebook ({book.path})"]
    if row.get("change") is not None:
        return [f"indicator {indicator!r} on a change (changes are not levels: give null)"]
    if row.get("kind") != book.by_id[indicator].kind:
        return [f"indicator {indicator!r} expects kind {book.by_id[indicator].kind!r}, the row is {row.get('kind')!r}"]
    return []


def order_problems(rows: list[dict]) -> list[tuple[int, str]]:
    """``(index, problem)`` for rows out of document order or repeated."""
    problems, seen_docs, previous, seen = [], set(), None, set()
    for i, row in enumerate(rows):
        doc_id = row.get("doc_id")
        key = (row.get("start"), row.get("end"))
        if not all(_is_int(k) for k in key):
            continue
        if previous is None or previous[0] != doc_id:
            if doc_id in seen_docs:
                problems.append((i, f"rows of {doc_id!r} are not contiguous"))
            seen_docs.add(doc_id)
        elif key < previous[1]:
            problems.append((i, f"not in document order (after {previous[1][0]}-{previous[1][1]})"))
        identity = (doc_id, *key, row.get("activity_start"), row.get("activity_end"))
        if identity in seen:
            problems.append((i, "duplicate row (same quantity and activity spans)"))
        seen.add(identity)
        previous = (doc_id, key)
    return problems


def validate_gold(rows: list[dict], texts: dict[str, str], sources: list[str] | None = None) -> list[str]:
    """Every problem in ``rows`` against ``texts`` (doc_id -> text), readable.

    Checks offsets against the text for the quantity, the activity and the
    object; enum values; number types; document order; known doc_ids.
    """
    def label(i: int) -> str:
        row = rows[i]
        where = sources[i] if sources else f"row {i}"
        return f"{where} [{row.get('doc_id')} {row.get('start')}-{row.get('end')} {row.get('text')!r}]"

    found = [(i, p) for i, row in enumerate(rows) for p in row_problems(row, texts)]
    found += order_problems(rows)
    return [f"{label(i)}: {problem}" for i, problem in sorted(found, key=lambda item: item[0])]


def check_gold(gold: GoldSet, limit: int = 20) -> None:
    """Raise :class:`GoldFormatError` listing (up to ``limit``) problems of ``gold``."""
    problems = gold.indicator_problems + validate_gold(gold.rows, gold.texts, gold.sources)
    if problems:
        shown = "\n  ".join(problems[:limit])
        more = f"\n  … and {len(problems) - limit} more" if len(problems) > limit else ""
        reason = f"{len(problems)} problem(s)\n  {shown}{more}"
        raise GoldFormatError(Errors.E013.format(path=gold.path, reason=reason))
