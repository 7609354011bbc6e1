"""Load the package's data files (lexicons and pattern sets) once.

Rules are data: a domain expert edits ``lawgov_nlp/data/*.json`` without
touching Python. Components take a path in their config to use another file.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..errors import Errors, LexiconError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_path(name: str) -> Path:
    return DATA_DIR / name


@lru_cache(maxsize=32)
def load_json(path: str | Path) -> dict:
    """Read a JSON data file, with a clear error naming the file."""
    path = Path(path)
    if not path.is_absolute() and not path.exists():
        path = DATA_DIR / path
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError as e:
        raise LexiconError(Errors.E012.format(path=path, reason="file not found")) from e
    except json.JSONDecodeError as e:
        raise LexiconError(Errors.E012.format(path=path, reason=f"invalid JSON: {e}")) from e


def require_keys(data: dict, keys: tuple[str, ...], path) -> None:
    missing = [k for k in keys if k not in data]
    if missing:
        raise LexiconError(Errors.E012.format(path=path, reason=f"missing keys {missing}"))
