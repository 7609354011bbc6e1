"""Scale-out on Dask (``pip install "lawgov_nlp[dask]"``).

A national corpus is tens of thousands of reports; Dask spreads them over the
cores of one machine or the workers of a cluster. Inputs are split into
partitions (lists of files or texts); each partition is extracted on a worker
by :func:`_partition`, which uses the process's cached default pipeline
(:func:`lawgov_nlp.language.default_pipeline`), so spaCy, the lexicons and
jieba's dictionary load once per worker process, not per task, and builds one
pandas frame for the whole partition.

Per-file errors are carried as rows, never lost: the frame has the columns of
:func:`lawgov_nlp.extract_many` plus ``error_code`` and ``error`` (the
reason), missing on mention rows; a file that cannot be read gives one row
with its ``doc_id``, ``source``, ``error_code`` and ``error``, ``start`` =
``end`` = -1 (``int64`` has no missing value) and missing values elsewhere.
The computed frame equals ``extract_many(inputs, errors="rows")``, and
``frame[frame.error_code.isna()]`` equals ``extract_many(inputs)`` (after
``reset_index(drop=True)``: each partition's index starts at 0).

To use an existing cluster, pass its client (the files must be readable by
the workers under the same paths, e.g. on a shared file system)::

    from distributed import Client
    client = Client("tcp://scheduler-host:8786")
    ddf = lawgov_nlp.dask.extract(["reports/"], client=client)
    df = ddf.compute()
"""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from .batch import _run, _tasks, error_row
from .frame import FILE_ERROR_COLUMNS, empty_frame, rows_to_frame
from .readers import DEFAULT_MAX_BYTES

#: The columns of the Dask frame: the file frame's, then the error columns.
DASK_COLUMNS: dict[str, str] = dict(FILE_ERROR_COLUMNS)


def extract(paths_or_texts: Iterable | None = None, client=None, *, texts: Iterable | None = None,
            kind: str = "auto", npartitions: int | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES):
    """A lazy ``dask.dataframe.DataFrame`` of mentions for many reports.

    ``paths_or_texts`` takes what :func:`lawgov_nlp.extract_many` takes (files,
    directories, texts, ``(doc_id, text)`` pairs, ``texts=``, ``kind=``); directories are listed
    here, files are read on the workers. ``npartitions`` defaults to about
    :data:`PARTITION_SIZE` inputs a partition (at least two partitions per
    worker thread). With ``client``, the frame is persisted on that
    client's cluster (work starts at once); otherwise it runs wherever
    ``.compute()`` is called (the active ``distributed`` client, if any).
    Rows are in input order, as with ``extract_many``.
    """
    import dask
    import dask.dataframe as dd

    tasks = list(_tasks(paths_or_texts, texts=texts, kind=kind))
    n = len(tasks)
    if npartitions is None:
        npartitions = _default_npartitions(n, client)
    npartitions = max(1, min(npartitions, n or 1))
    bounds = [n * i // npartitions for i in range(npartitions + 1)]  # sizes differ by one at most
    parts = [tasks[bounds[i]:bounds[i + 1]] for i in range(npartitions)]
    meta = empty_frame(DASK_COLUMNS)
    delayed = [dask.delayed(_partition, pure=True)(part, max_bytes) for part in parts]
    ddf = dd.from_delayed(delayed, meta=meta, verify_meta=False)
    if client is not None:
        ddf = client.persist(ddf)
    return ddf


#: Inputs a partition by default: a task costs the scheduler and the transfer
#: of its frame a few milliseconds, a report tens of milliseconds to extract.
PARTITION_SIZE = 16


def _default_npartitions(n: int, client) -> int:
    """About :data:`PARTITION_SIZE` inputs a partition, but at least two
    partitions for each worker thread of the cluster, when it is known, so
    that no worker waits while another finishes a long partition."""
    npartitions = -(-n // PARTITION_SIZE)
    threads = 0
    try:
        if client is None:
            from distributed import default_client

            client = default_client()
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
    except Exception:  # no distributed, no client: the local scheduler
        pass
    return max(1, npartitions, min(n, 2 * threads))


def _partition(tasks: list[tuple], max_bytes) -> pd.DataFrame:
    """Run on a worker: one frame for a list of inputs, errors as rows."""
    rows: list[dict] = []
    for task in tasks:
        result = _run(task, None, max_bytes)
        if result.error is not None:
            rows.append(error_row(result))
        else:
            rows.extend(result.rows)
    return rows_to_frame(rows, DASK_COLUMNS)
