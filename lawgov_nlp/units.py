"""The unit lexicon: counters and units written after numbers in the reports.

Each surface form (``万元``, ``个工作日``, ``％``) maps to a canonical unit, a
kind (count, money, percent, duration, measure) and a scale, so that
``15.7万元`` becomes 157000 元. The table lives in ``data/units.json``, which
also lists surfaces deliberately left out (``excluded``: 年, 月, 届, 级, ...)
with the reason; the recognizer can use those as blockers so that a shorter
unit does not match inside them (周 inside 周年).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from .errors import Errors, LexiconError

__all__ = ["UnitEntry", "KINDS", "load_units", "load_excluded", "unit_pattern", "DEFAULT_PATH"]

KINDS = frozenset({"count", "money", "percent", "duration", "measure"})
DEFAULT_PATH = Path(__file__).parent / "data" / "units.json"

_ENTRY_KEYS = {"surface", "unit", "kind", "scale"}


@dataclass(frozen=True)
class UnitEntry:
    """One surface form: ``UnitEntry("万元", "元", "money", 10000)``."""

    surface: str
    unit: str
    kind: str
    scale: float


def _fail(path, reason: str) -> LexiconError:
    return LexiconError(Errors.E012.format(path=path, reason=reason))


def _read(path: Path) -> dict:
    try:
        with open(path, encoding="utf8") as f:
            doc = json.load(f)
    except (OSError, UnicodeDecodeError) as e:
        raise _fail(path, f"cannot read: {e}") from None
    except json.JSONDecodeError as e:
        raise _fail(path, f"invalid JSON: {e}") from None
    if not isinstance(doc, dict):
        raise _fail(path, "top level must be an object with 'version' and 'units'")
    if doc.get("version") != 1:
        raise _fail(path, f"unsupported version {doc.get('version')!r}")
    if not isinstance(doc.get("units"), list):
        raise _fail(path, "'units' must be a list")
    excluded = doc.get("excluded", {})
    if not isinstance(excluded, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in excluded.items()
    ):
        raise _fail(path, "'excluded' must map surfaces to reasons (strings)")
    return doc


def _parse(path: Path) -> dict[str, UnitEntry]:
    doc = _read(path)
    excluded = doc.get("excluded", {})
    units: dict[str, UnitEntry] = {}
    for i, item in enumerate(doc["units"]):
        where = f"units[{i}]"
        if not isinstance(item, dict):
            raise _fail(path, f"{where} is not an object")
        keys = set(item)
        if keys != _ENTRY_KEYS:
            missing, extra = _ENTRY_KEYS - keys, keys - _ENTRY_KEYS
            raise _fail(path, f"{where} keys: missing {sorted(missing)}, unexpected {sorted(extra)}")
        surface, unit, kind, scale = item["surface"], item["unit"], item["kind"], item["scale"]
        if not isinstance(surface, str) or not surface or surface != surface.strip():
            raise _fail(path, f"{where} surface must be a non-empty string without spaces")
        if not isinstance(unit, str) or not unit:
            raise _fail(path, f"{where} ({surface}) unit must be a non-empty string")
        if kind not in KINDS:
            raise _fail(path, f"{where} ({surface}) kind {kind!r} not in {sorted(KINDS)}")
        if (
            isinstance(scale, bool)
            or not isinstance(scale, (int, float))
            or not math.isfinite(scale)
            or scale <= 0
        ):
            raise _fail(path, f"{where} ({surface}) scale must be a positive number")
        if surface in units:
            raise _fail(path, f"{where} duplicate surface {surface!r}")
        if surface in excluded:
            raise _fail(path, f"{where} surface {surface!r} is also listed as excluded")
        units[surface] = UnitEntry(surface, unit, kind, float(scale))
    if not units:
        raise _fail(path, "no units")
    return units


@lru_cache(maxsize=1)
def _default_units() -> dict[str, UnitEntry]:
    return _parse(DEFAULT_PATH)


def load_units(path: str | Path | None = None) -> dict[str, UnitEntry]:
    """Surface -> UnitEntry from ``path`` (default: the packaged lexicon).

    Raises LexiconError (E012) when the file is unreadable or malformed. The
    default lexicon is read once; each call returns a fresh dict.
    """
    if path is None:
        return dict(_default_units())
    return _parse(Path(path))


def load_excluded(path: str | Path | None = None) -> dict[str, str]:
    """Surface -> reason for the surfaces deliberately left out of the lexicon."""
    return dict(_read(Path(path) if path is not None else DEFAULT_PATH).get("excluded", {}))


def unit_pattern(units: Mapping[str, UnitEntry] | Iterable[str | UnitEntry]) -> str:
    """A non-capturing regex alternation of the surfaces, longest first.

    Longest first makes ``个工作日`` win over ``个`` and ``万人次`` over ``万``
    (regex alternation takes the first branch that matches, not the longest).
    An empty lexicon gives a pattern that never matches.
    """
    if isinstance(units, Mapping):
        surfaces = list(units)
    else:
        surfaces = [u.surface if isinstance(u, UnitEntry) else u for u in units]
    surfaces = sorted(set(surfaces), key=lambda s: (-len(s), s))
    if not surfaces:
        return "(?!)"
    return "(?:" + "|".join(re.escape(s) for s in surfaces) + ")"
