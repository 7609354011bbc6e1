"""The mention frame of SPEC.md: column names, dtypes, and builders.

A ``Doc`` processed by the pipeline becomes one row per (mention, activity)
pair; every other producer of frames (files, batches, Dask) goes through
:func:`rows_to_frame` so the columns and dtypes are the same everywhere.
"""
from __future__ import annotations

from operator import itemgetter
from typing import Iterable, Mapping

import numpy
import pandas as pd

from .components._common import take_over
from .extensions import get_record

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
    # the mention's number in its document (0, 1, … in document order): the
    # rows of one span (one number, two activities) share it
    "mention_id": "Int64",
}

#: Report metadata added by ``extract_file`` / ``extract_many``.
METADATA_COLUMNS: dict[str, str] = {
    "title": "string",
    "org": "string",
    "year": "Int64",
    "source": "string",
}

FILE_COLUMNS: dict[str, str] = {**MENTION_COLUMNS, **METADATA_COLUMNS}

#: Per-file errors as rows (``extract_many(errors="rows")``, ``lawgov_nlp.dask``):
#: the file frame's columns plus these two, missing on mention rows. A failed
#: file's row has its ``doc_id`` and ``source``, ``start`` = ``end`` = -1
#: (``int64`` has no missing value) and missing values elsewhere.
ERROR_COLUMNS: dict[str, str] = {"error_code": "string", "error": "string"}
FILE_ERROR_COLUMNS: dict[str, str] = {**FILE_COLUMNS, **ERROR_COLUMNS}


_EMPTY: dict[tuple, pd.DataFrame] = {}


def empty_frame(columns: Mapping[str, str] = MENTION_COLUMNS) -> pd.DataFrame:
    """A frame with no rows and the right columns and dtypes (a copy of a
    cached one: building it costs a millisecond, copying it microseconds)."""
    key = (tuple(columns.items()), pd.api.types.pandas_dtype("string"))
    frame = _EMPTY.get(key)
    if frame is None:
        frame = _EMPTY[key] = pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in columns.items()})
    return frame.copy()


def rows_to_frame(rows: Iterable[Mapping], columns: Mapping[str, str] = MENTION_COLUMNS) -> pd.DataFrame:
    """Build a typed frame from row dicts (missing keys become missing values).

    Column arrays are built directly and handed to ``DataFrame`` without a
    copy: a ``Series`` per column cost about 1 ms a frame, more than
    extracting a page of report text (see benchmarks/README.md). Values of an
    unexpected type take pandas' own constructors, so conversions and errors
    are pandas'."""
    rows = rows if isinstance(rows, list) else list(rows)
    if not rows:
        return empty_frame(columns)
    string = pd.api.types.pandas_dtype("string")
    arrow = getattr(string, "storage", None) == "pyarrow" and string.na_value is pd.NA
    arrays = [_column(_values(rows, name), dtype, arrow) for name, dtype in columns.items()]
    index = pd.RangeIndex(len(rows))
    if _from_arrays is not None:
        try:
            # a third of the time of DataFrame(dict): no dict, no checks (the
            # arrays are ours, typed and of one length)
            return _from_arrays(arrays, columns=_column_index(columns), index=index, verify_integrity=False)
        except TypeError:  # another pandas
            pass
    return pd.DataFrame(dict(zip(columns, arrays)), index=index, copy=False)


def _values(rows: list, name: str) -> list:
    """``[row.get(name) for row in rows]``: by one C-level getter when every
    row has the column (mention rows have them all), at half the cost."""
    try:
        return list(map(itemgetter(name), rows))
    except KeyError:
        return [row.get(name) for row in rows]


_from_arrays = getattr(pd.DataFrame, "_from_arrays", None)
_INDEXES: dict[tuple, pd.Index] = {}


def _column_index(columns: Mapping[str, str]) -> pd.Index:
    """The (immutable) column index, shared by the frames of one column set."""
    key = tuple(columns)
    index = _INDEXES.get(key)
    if index is None:
        index = _INDEXES[key] = pd.Index(list(key))
    return index


_NONE = type(None)


def _column(values: list, dtype: str, arrow: bool):
    """One column's array, typed as ``pd.Series(values, dtype=dtype)`` would be."""
    types = set(map(type, values))
    if dtype == "int64":
        array = numpy.asarray(values)
        if array.dtype.kind == "i":
            return array.astype(numpy.int64, copy=False)
    elif dtype == "float64":
        if types <= {float, int, _NONE}:
            return numpy.array(values, dtype=numpy.float64)
    elif dtype == "string":
        if arrow and types <= {str, _NONE}:
            import pyarrow

            return pd.arrays.ArrowStringArray(pyarrow.chunked_array([pyarrow.array(values, type=pyarrow.large_string())]))
        return pd.array(values, dtype=dtype)
    elif dtype == "Int64":
        if types <= {int, _NONE}:
            n = len(values)
            mask = numpy.fromiter((v is None for v in values), dtype=bool, count=n)
            ints = numpy.fromiter((0 if v is None else v for v in values), dtype=numpy.int64, count=n)
            return pd.arrays.IntegerArray(ints, mask)
        return pd.array(values, dtype=dtype)
    return pd.Series(values, dtype=dtype).array


def doc_to_rows(doc, doc_id: str | None, first_id: int = 0) -> list[dict]:
    """Rows for one processed ``Doc``: one per (mention, activity) pair.
    Mentions are numbered from ``first_id`` (``mention_id``; a chunk of a
    long text continues the numbering of the chunk before it)."""
    rows: list[dict] = []
    mention_id = first_id - 1
    text = doc.user_data.get("lawgov_text") or doc.text
    # A chunk of a long text knows where it sits in the whole (see chunking.py).
    offset = doc.user_data.get("lawgov_offset", 0)
    # (the records the attacher handed over, in the group's order: no Span built per mention)
    handed = take_over(doc, "indicators")
    for record in handed[1] if handed is not None else map(get_record, doc.spans.get("indicators", [])):
        if record is None:
            continue
        start, end = record["start"], record["end"]
        mention_id += 1
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
            "mention_id": mention_id,
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


#: The frame of refused candidates (``extract(text, rejected=True)``, CLI
#: ``--rejected``): one row per span of ``doc.spans["lawgov_rejected"]``.
REJECTED_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "start": "int64",
    "end": "int64",
    "text": "string",
    "reason": "string",
    "value": "float64",
    "unit": "string",
    "kind": "string",
    "sentence": "string",
}


def doc_to_rejected_rows(doc, doc_id: str | None) -> list[dict]:
    """Rows for the refused candidates of one processed ``Doc``, in text
    order, with offsets in the whole input (as the mention rows)."""
    from .components._common import doc_outline

    spans = doc.spans.get("lawgov_rejected", [])
    if not len(spans):
        return []
    text = doc.user_data.get("lawgov_text") or doc.text
    offset = doc.user_data.get("lawgov_offset", 0)
    outline = doc_outline(doc)
    rows = []
    for span in spans:
        record = get_record(span) or {"start": span.start_char, "end": span.end_char, "reason": None}
        start, end = record["start"], record["end"]
        sentence = record.get("sentence")
        if sentence is None:
            s0, s1 = outline.sentence_at(start)
            sentence = text[s0:s1] if s0 <= start < s1 else ""
        rows.append({"doc_id": doc_id, "start": start + offset, "end": end + offset, "text": text[start:end],
                     "reason": record.get("reason"), "value": record.get("value"), "unit": record.get("unit"),
                     "kind": record.get("kind"), "sentence": sentence})
    return rows


def doc_to_frame(doc, doc_id: str | None = None) -> pd.DataFrame:
    """The mention frame of one processed ``Doc``."""
    return rows_to_frame(doc_to_rows(doc, doc_id))
