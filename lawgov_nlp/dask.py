"""Scale-out on Dask (``pip install "lawgov_nlp[dask]"``).

A national corpus is tens of thousands of reports; Dask spreads them over the
cores of one machine or the workers of a cluster. Each partition is a list of
inputs processed by :func:`_partition` on a worker, which uses the process's
cached default pipeline (:func:`lawgov_nlp.language.default_pipeline`), so the
pipeline and jieba's dictionary load once per worker process, not per task.

Per-file errors are carried as rows, never lost: a file that cannot be read
gives one row with its ``doc_id``, ``source``, ``error_code`` and ``error``
(the reason), ``start`` = ``end`` = -1 (the SPEC keeps them ``int64``, which
has no missing value) and missing values elsewhere; mention rows have missing
``error_code``/``error``. ``frame[frame.error_code.isna()]`` is then the same
frame as :func:`lawgov_nlp.extract_many` gives for the same inputs.

To use an existing cluster, pass its client::

    from distributed import Client
    client = Client("tcp://scheduler-host:8786")
    ddf = lawgov_nlp.dask.extract(["reports/"], client=client)
    df = ddf.compute()
"""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from .batch import _run, _tasks
from .frame import FILE_COLUMNS, empty_frame, rows_to_frame
from .readers import DEFAULT_MAX_BYTES

#: The columns of the Dask frame: the file frame's, then the error columns.
DASK_COLUMNS: dict[str, str] = {**FILE_COLUMNS, "error_code": "string", "error": "string"}


def extract(paths_or_texts: Iterable, client=None, *, npartitions: int | None = None,
            max_bytes: int | None = DEFAULT_MAX_BYTES):
    """A lazy ``dask.dataframe.DataFrame`` of mentions for many reports.

    ``paths_or_texts`` takes what :func:`lawgov_nlp.extract_many` takes (files,
    directories, texts, ``(doc_id, text)`` pairs); they are listed here, read
    on the workers. ``npartitions`` defaults to about four inputs a partition.
    With ``client``, the frame is persisted on that client's cluster (work
    starts at once); otherwise it runs wherever ``.compute()`` is called.
    """
    import dask
    import dask.dataframe as dd

    tasks = list(_tasks(paths_or_texts))
    if npartitions is None:
        npartitions = max(1, (len(tasks) + 3) // 4)
    npartitions = max(1, min(npartitions, len(tasks) or 1))
    size = -(-len(tasks) // npartitions) if tasks else 1
    parts = [tasks[i:i + size] for i in range(0, len(tasks), size)] or [[]]
    meta = empty_frame(DASK_COLUMNS)
    delayed = [dask.delayed(_partition)(part, max_bytes) for part in parts]
    ddf = dd.from_delayed(delayed, meta=meta, verify_meta=False)
    if client is not None:
        ddf = client.persist(ddf)
    return ddf


def _partition(tasks: list[tuple], max_bytes) -> pd.DataFrame:
    """Run on a worker: one frame for a list of inputs, errors as rows."""
    frames: list[pd.DataFrame] = []
    for task in tasks:
        result = _run(task, None, max_bytes)
        if result.error is not None:
            frames.append(rows_to_frame([{
                "doc_id": result.doc_id, "source": result.source, "start": -1, "end": -1,
                "error_code": result.error["code"], "error": result.error["reason"],
            }], DASK_COLUMNS))
        elif len(result.frame):
            frames.append(result.frame)
    if not frames:
        return empty_frame(DASK_COLUMNS)
    df = pd.concat(frames, ignore_index=True)
    for name, dtype in DASK_COLUMNS.items():
        if name not in df.columns:
            df[name] = pd.Series([pd.NA] * len(df), dtype=dtype)
    return df[list(DASK_COLUMNS)].astype(DASK_COLUMNS)
