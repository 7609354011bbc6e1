"""The mention frame of SPEC.md: column names, dtypes, and builders.

A ``Doc`` processed by the pipeline becomes one row per (mention, activity)
pair; every other producer of frames (files, batches, Dask) goes through
:func:`rows_to_frame` so the columns and dtypes are the same everywhere.
"""
from __future__ import annotations

from typing import Iterable, Mapping

import pandas as pd

#: Column name -> pandas dtype, in SPEC.md order.
MENTION_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "start": "int64",
    "end": "int64",
    "text": "string",
    "value": "float64",
    "value_high": "float64",
    "unit": "string",
    "qualifier": "string",
    "kind": "string",
    "change": "string",
    "activity": "string",
    "activity_start": "Int64",
    "activity_end": "Int64",
    "object": "string",
    "object_start": "Int64",
    "object_end": "Int64",
    "sentence": "string",
    "section": "string",
}

#: Report metadata added by ``extract_file`` / ``extract_many``.
METADATA_COLUMNS: dict[str, str] = {
    "title": "string",
    "org": "string",
    "year": "Int64",
    "source": "string",
}

FILE_COLUMNS: dict[str, str] = {**MENTION_COLUMNS, **METADATA_COLUMNS}


def empty_frame(columns: Mapping[str, str] = MENTION_COLUMNS) -> pd.DataFrame:
    """A frame with no rows and the right columns and dtypes."""
    return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in columns.items()})


def rows_to_frame(rows: Iterable[Mapping], columns: Mapping[str, str] = MENTION_COLUMNS) -> pd.DataFrame:
    """Build a typed frame from row dicts (missing keys become missing values)."""
    rows = list(rows)
    if not rows:
        return empty_frame(columns)
    data = {name: [row.get(name) for row in rows] for name in columns}
    return pd.DataFrame({name: pd.Series(values, dtype=columns[name]) for name, values in data.items()})


def doc_to_rows(doc, doc_id: str | None) -> list[dict]:
    """Rows for one processed ``Doc``: one per (mention, activity) pair."""
    rows: list[dict] = []
    text = doc.user_data.get("lawgov_text") or doc.text
    # A chunk of a long text knows where it sits in the whole (see chunking.py).
    offset = doc.user_data.get("lawgov_offset", 0)
    for span in doc.spans.get("indicators", []):
        record = span._.lawgov
        if record is None:
            continue
        start, end = record["start"], record["end"]
        base = {
            "doc_id": doc_id,
            "start": start + offset,
            "end": end + offset,
            "text": text[start:end],
            "value": record["value"],
            "value_high": record["value_high"] if record["value_high"] is not None else float("nan"),
            "unit": record["unit"],
            "qualifier": record["qualifier"],
            "kind": record["kind"],
            "change": record["change"],
            "sentence": record.get("sentence"),
            "section": record.get("section") or "",
        }
        links = record.get("links") or [{"activity": None, "object": None}]
        for link in links:
            row = dict(base)
            for role in ("activity", "object"):
                offsets = link.get(role)
                if offsets is None:
                    row[role] = None
                    row[f"{role}_start"] = None
                    row[f"{role}_end"] = None
                else:
                    row[role] = text[offsets[0]:offsets[1]]
                    row[f"{role}_start"] = offsets[0] + offset
                    row[f"{role}_end"] = offsets[1] + offset
            rows.append(row)
    return rows


def doc_to_frame(doc, doc_id: str | None = None) -> pd.DataFrame:
    """The mention frame of one processed ``Doc``."""
    return rows_to_frame(doc_to_rows(doc, doc_id))
