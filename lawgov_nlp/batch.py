"""Many reports in, one frame out: ``extract_file``, ``extract_many``, ``iter_extract``.

Everything streams: inputs are consumed lazily (a directory is listed when it
is reached), each document is read, extracted and reduced to its mention rows
(plain dicts; ``extract_many`` builds one frame per block of rows, not one per
document) before the next one is read, and no ``Doc`` outlives its document. With
``n_process > 1`` documents go to a spawn-safe process pool (top-level
functions only; each worker builds its pipeline once) through a bounded
window, so results come back in input order and memory stays flat however
many files there are.

A file that cannot be read does not stop the batch: it becomes an error entry
``{"doc_id", "path", "code", "error", "reason"}``, logged on the
``"lawgov_nlp"`` logger and listed in ``df.attrs["errors"]``. ``errors="raise"``
raises the first one instead.
"""
from __future__ import annotations

import atexit
import logging
import os
import pickle
import sys
import tempfile
import time
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd

from .errors import Errors, FileMissingError, LawgovError, UnguardedScriptError
from .frame import FILE_COLUMNS, FILE_ERROR_COLUMNS, empty_frame, rows_to_frame
from .metadata import report_metadata
from .chunking import DEFAULT_MAX_DOC_BYTES, large_text_file_rows
from .readers import DEFAULT_MAX_BYTES, LEGACY_SUFFIXES, SUFFIXES, read_text

__all__ = ["extract_file", "extract_many", "iter_extract", "DocResult", "SUFFIXES", "DOCUMENT_COLUMNS",
           "documents_frame"]

logger = logging.getLogger("lawgov_nlp")

#: Strings longer than this, or with a line break, are texts, never paths.
_MAX_PATH_CHARS = 4096
#: Sentence punctuation no one types in a file or folder name: a bare string
#: holding one (and no supported suffix) is a text in ``kind="auto"``.
_TEXT_MARKS = frozenset("。，；！？：、“”")
#: ``kind`` values of :func:`extract_many`.
KINDS = ("auto", "path", "text")

#: The documents table (``df.attrs["documents"]``, ``lawgov-nlp extract
#: --documents``): one row per input, name -> pandas dtype.
DOCUMENT_COLUMNS: dict[str, str] = {
    "path": "string",
    "doc_id": "string",
    "title": "string",
    "org": "string",
    "year": "Int64",
    "chars": "Int64",
    "mentions": "int64",
    "refused": "int64",
    "status": "string",
    "seconds": "float64",
}


class DocResult:
    """One input's outcome: its mention rows, or the error that stopped it.

    ``rows`` are the frame's rows as dicts (what workers send back: cheaper
    to pickle than a frame); ``frame`` builds the document's frame from them
    on first access."""

    __slots__ = ("doc_id", "source", "error", "exception", "_frame", "_rows", "info", "rejected")

    def __init__(self, doc_id: str | None, source: str | None, frame: pd.DataFrame | None = None,
                 error: dict | None = None, exception: BaseException | None = None, *,
                 rows: list[dict] | None = None, info: dict | None = None):
        self.doc_id = doc_id
        self.source = source
        self.error = error
        self.exception = exception
        self._frame = frame
        self._rows = rows
        #: the input's row of the documents table (:data:`DOCUMENT_COLUMNS`)
        self.info = info
        #: refused candidates as rows (``iter_extract(rejected=True)``), else None
        self.rejected: list[dict] | None = None

    @property
    def frame(self) -> pd.DataFrame | None:
        if self._frame is None and self._rows is not None:
            self._frame = rows_to_frame(self._rows, FILE_COLUMNS)
            self._rows = None  # one copy of the data is enough
        return self._frame

    @frame.setter
    def frame(self, value: pd.DataFrame | None) -> None:
        self._frame, self._rows = value, None

    @property
    def rows(self) -> list[dict] | None:
        """The rows (``None`` for a failed input); from the frame if it was built."""
        if self._rows is None and self._frame is not None:
            frame = self._frame.astype(object)
            return frame.where(frame.notna(), None).to_dict("records")
        return self._rows

    @property
    def ok(self) -> bool:
        return self.error is None

    def __repr__(self) -> str:
        n = len(self._rows) if self._rows is not None else (len(self._frame) if self._frame is not None else None)
        return f"DocResult(doc_id={self.doc_id!r}, source={self.source!r}, rows={n}, error={self.error!r})"


# --------------------------------------------------------------------------
# One document
# --------------------------------------------------------------------------

def extract_file(path, *, doc_id: str | None = None, nlp=None, max_bytes: int | None = DEFAULT_MAX_BYTES,
                 max_doc_bytes: int | None = DEFAULT_MAX_DOC_BYTES) -> pd.DataFrame:
    """The mention frame of one report file (.txt .docx .pdf .html), with the
    metadata columns ``title``, ``org``, ``year``, ``source``.

    ``doc_id`` defaults to the file name without its suffix. Raises a typed
    :class:`~lawgov_nlp.errors.ReaderError` when the file cannot be read; a
    file without mentions gives an empty frame with all the columns.
    ``max_doc_bytes``: see :func:`extract_many`.
    """
    rows = large_text_file_rows(path, doc_id or Path(path).stem, nlp, max_doc_bytes)
    if rows is None:
        result = read_text(path, max_bytes=max_bytes)
        rows = _rows(result.text, doc_id or Path(path).stem, os.fspath(path), result.title, nlp)
    return rows_to_frame(rows, FILE_COLUMNS)


def _rows(text: str, doc_id: str | None, source: str | None, title_hint: str | None, nlp,
          info: dict | None = None, rejected: list | None = None) -> list[dict]:
    """The document's rows with the report's metadata in each; ``info``, when
    given, receives the document's row of the documents table."""
    from .api import extract_rows

    meta = report_metadata(text, title_hint)
    stats = {"refused": 0}
    rows = extract_rows(text, doc_id, nlp=nlp, stats=stats, rejected=rejected)
    if rejected:
        for row in rejected:
            row["source"] = source
    values = {"title": meta["title"], "org": meta["org"], "year": meta["year"], "source": source}
    for row in rows:
        row.update(values)
    if info is not None:
        info.update(title=meta["title"], org=meta["org"], year=meta["year"], chars=len(text),
                    mentions=len({(row["start"], row["end"]) for row in rows}), refused=stats["refused"])
    return rows


# --------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------

def _is_path_string(item: str) -> bool:
    """In ``kind="auto"``, whether a bare string names a file or folder.

    It does when it exists, ends in a report suffix, or could be a name at
    all: short, one line, and without the sentence punctuation (。，；！？：、“”)
    of report text. So ``"reports/"``, ``"reports"`` and ``"report2024.pdf"``
    that do not exist are missing inputs (E004), never texts, while
    ``"共受理1818件。"`` is a text. Pass ``texts=`` or ``kind="text"`` to say so."""
    if len(item) > _MAX_PATH_CHARS or "\n" in item or "\r" in item or "\x00" in item or not item.strip():
        return False
    if os.path.exists(item) or Path(item).suffix.lower() in SUFFIXES + LEGACY_SUFFIXES:
        return True
    return not (_TEXT_MARKS & set(item))


def _walk(directory: Path) -> Iterator[Path]:
    """Report files under ``directory``, recursively, in sorted path order,
    legacy .doc/.wps included (they fail with a hint to convert them).
    Hidden files and Office lock files (``~$x.docx``) are skipped."""
    found = []
    suffixes = SUFFIXES + LEGACY_SUFFIXES
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith((".", "~$")):
                continue
            if Path(name).suffix.lower() in suffixes:
                found.append(Path(root, name))
    yield from sorted(found, key=lambda p: p.relative_to(directory).as_posix())


def _file_id(file: Path, directory: Path | None = None) -> str:
    """A file's ``doc_id``: its path relative to the folder it was found in,
    without suffix (``a/report``); a file given by name: its name without
    suffix."""
    if directory is None:
        return file.stem
    return file.relative_to(directory).with_suffix("").as_posix()


def _inputs(items, texts, kind: str) -> Iterator[tuple]:
    """``(item, as_text)`` for the positional inputs then ``texts=``."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    if items is not None:
        if isinstance(items, (str, os.PathLike)):
            items = [items]  # one file, directory or text
        for item in items:
            yield item, kind
    if texts is not None:
        if isinstance(texts, str):
            texts = [texts]
        elif isinstance(texts, Mapping):
            texts = texts.items()
        for item in texts:
            yield item, "text"


def _tasks(items: Iterable, *, texts: Iterable | None = None, kind: str = "auto") -> Iterator[tuple]:
    """Inputs as tasks ``(kind, doc_id, payload)``, lazily.

    - a path (``str`` or ``os.PathLike``) -> the file; a directory -> its files
      (``doc_id``: the path under the directory without suffix);
    - a ``str`` that is no path (:func:`_is_path_string`), any ``str`` with
      ``kind="text"``, and the items of ``texts=`` -> a text, ``doc_id``
      ``text-<position>``;
    - ``(doc_id, text)`` -> that text; ``(doc_id, Path)`` -> that file.

    A derived ``doc_id`` already given in the batch gets ``~2``, ``~3`` …
    (two folders each holding ``report.txt``); ``doc_id`` given by the caller
    are kept as they are.
    """
    seen: set[str] = set()

    def unique(doc_id: str) -> str:
        if doc_id in seen:
            n = 2
            while f"{doc_id}~{n}" in seen:
                n += 1
            doc_id = f"{doc_id}~{n}"
        seen.add(doc_id)
        return doc_id

    for position, (item, how) in enumerate(_inputs(items, texts, kind)):
        if isinstance(item, tuple) and len(item) == 2:
            doc_id, payload = item
            doc_id = None if doc_id is None else str(doc_id)
            if doc_id is not None:
                seen.add(doc_id)
            if isinstance(payload, os.PathLike) and how != "text":
                yield ("path", doc_id, os.fspath(payload))
            elif isinstance(payload, str) and how == "path":
                yield ("path", doc_id, payload)
            else:
                yield ("text", doc_id, payload)
        elif how != "text" and (isinstance(item, os.PathLike) or (
                isinstance(item, str) and (how == "path" or _is_path_string(item)))):
            path = Path(item)
            if path.is_dir():
                for file in _walk(path):
                    yield ("path", unique(_file_id(file, path)), str(file))
            else:
                # a bare str taken for a path: if missing, its E004 says how to pass text
                guessed = isinstance(item, str) and how == "auto"
                yield ("path?" if guessed else "path", unique(_file_id(path)), os.fspath(item))
        else:
            yield ("text", unique(f"text-{position}"), item)


# --------------------------------------------------------------------------
# Workers (top-level so a spawned process can import them)
# --------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(nlp, max_bytes, max_doc_bytes=DEFAULT_MAX_DOC_BYTES) -> None:
    """Pool initializer: build the pipeline once per worker process."""
    from .language import default_pipeline

    _WORKER["nlp"] = nlp if nlp is not None else default_pipeline()
    _WORKER["max_bytes"] = max_bytes
    _WORKER["max_doc_bytes"] = max_doc_bytes


def _run_chunk(chunk: list[tuple], rejected: bool = False) -> list[DocResult]:
    results = []
    for task in chunk:
        result = _run(task, _WORKER.get("nlp"), _WORKER.get("max_bytes", DEFAULT_MAX_BYTES), rejected,
                      _WORKER.get("max_doc_bytes", DEFAULT_MAX_DOC_BYTES))
        if result.exception is not None:
            try:
                pickle.dumps(result.exception)
            except Exception:
                result.exception = RuntimeError(result.error["reason"])
        results.append(result)
    return results


def _run(task: tuple, nlp, max_bytes, rejected: bool = False, max_doc_bytes=DEFAULT_MAX_DOC_BYTES) -> DocResult:
    kind, doc_id, payload = task
    guessed = kind == "path?"
    kind = "path" if guessed else kind
    source = payload if kind == "path" else None
    began = time.perf_counter()
    info = {"path": source, "doc_id": doc_id, "title": None, "org": None, "year": None, "chars": None,
            "mentions": 0, "refused": 0, "status": "ok", "seconds": 0.0}
    refused: list | None = [] if rejected else None
    try:
        if kind == "path":
            # a plain-text file over max_doc_bytes is read and extracted in blocks (chunking.py)
            rows = large_text_file_rows(payload, doc_id, nlp, max_doc_bytes, source=payload)
            if rows is None:
                read = read_text(payload, max_bytes=max_bytes)
                rows = _rows(read.text, doc_id, payload, read.title, nlp, info, refused)
            else:
                info.update(mentions=len({(row["start"], row["end"]) for row in rows}),
                            title=rows[0].get("title") if rows else None, org=rows[0].get("org") if rows else None,
                            year=rows[0].get("year") if rows else None)
        else:
            if not isinstance(payload, str):
                raise TypeError(Errors.E001.format(type=type(payload).__name__))
            rows = _rows(payload, doc_id, None, None, nlp, info, refused)
        info["seconds"] = time.perf_counter() - began
        result = DocResult(doc_id, source, rows=rows, info=info)
        result.rejected = refused
        return result
    except Exception as exc:  # recorded, never dropped: see the module docstring
        if guessed and isinstance(exc, FileMissingError):
            exc = FileMissingError(f"{exc} (a str is read as a path; to pass report text, use "
                                   "extract_many(texts=[...]) or kind='text')", payload)
        code = exc.code if isinstance(exc, LawgovError) else ("E001" if isinstance(exc, TypeError) else "E000")
        error = {
            "doc_id": doc_id,
            "path": source,
            "code": code,
            "error": type(exc).__name__,
            "reason": str(exc) or type(exc).__name__,
        }
        info.update(status=code, seconds=time.perf_counter() - began)
        return DocResult(doc_id, source, None, error, exc, info=info)


def _countable(inputs) -> bool:
    """Whether an input collection can be listed up front (a list, tuple,
    mapping or single item, not a generator the caller streams)."""
    return inputs is None or isinstance(inputs, (list, tuple, Mapping, str, os.PathLike))


def _unguarded_marker(pid: int) -> str:
    return os.path.join(tempfile.gettempdir(), f"lawgov_nlp_unguarded_{pid}")


def _refuse_in_bootstrapping_worker(n_process: int) -> None:
    """A spawned worker re-runs the caller's script while it starts; a script
    that calls ``extract_many(n_process > 1)`` outside an
    ``if __name__ == "__main__":`` guard would start workers from a worker.
    Say so to the parent (a marker file named after its pid) and stop this
    worker quietly, instead of multiprocessing's long RuntimeError per worker."""
    import multiprocessing

    if n_process > 1 and getattr(multiprocessing.current_process(), "_inheriting", False):
        try:
            open(_unguarded_marker(os.getppid()), "w").close()
        except OSError:
            pass
        raise SystemExit(1)


def _chunks(tasks: Iterator[tuple], size: int) -> Iterator[list[tuple]]:
    chunk: list[tuple] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_POOLS: dict[tuple, Any] = {}


def _executor(n_process: int, nlp, max_bytes, max_doc_bytes=DEFAULT_MAX_DOC_BYTES):
    """A spawn process pool, and whether the caller owns it.

    With the default pipeline the pool is kept for the next call (its workers
    have already loaded spaCy, the lexicons and jieba's dictionary, which costs
    seconds per worker) and shut down at exit; a caller's own ``nlp`` gets a
    pool of its own."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    def make():
        return ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(nlp, max_bytes, max_doc_bytes))

    if nlp is not None:
        return make(), True
    key = (n_process, max_bytes, max_doc_bytes)
    executor = _POOLS.get(key)
    if executor is None or getattr(executor, "_broken", False) or getattr(executor, "_shutdown_thread", False):
        executor = _POOLS[key] = make()
        if len(_POOLS) == 1:
            atexit.register(_shutdown_pools)
    return executor, False


def _shutdown_pools() -> None:
    for executor in _POOLS.values():
        executor.shutdown(wait=False, cancel_futures=True)
    _POOLS.clear()


def _pool_results(tasks, n_process: int, batch_size: int, nlp, max_bytes, rejected: bool = False,
                  max_doc_bytes=DEFAULT_MAX_DOC_BYTES) -> Iterator[DocResult]:
    """Results in input order from a spawn process pool, at most
    ``2 * n_process`` chunks in flight (inputs are not read ahead without
    bound). A worker that dies (out of memory, a crash in a C parser) raises
    ``BrokenProcessPool`` rather than hanging the batch, and the pool is
    replaced on the next call."""
    from concurrent.futures.process import BrokenProcessPool

    executor, owned = _executor(n_process, nlp, max_bytes, max_doc_bytes)
    pending: deque = deque()
    try:
        for chunk in _chunks(tasks, batch_size):
            pending.append(executor.submit(_run_chunk, chunk, rejected))
            while len(pending) >= 2 * n_process:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool:
        if not owned:
            _POOLS.pop((n_process, max_bytes, max_doc_bytes), None)
            executor.shutdown(wait=False, cancel_futures=True)
        marker = _unguarded_marker(os.getpid())
        if os.path.exists(marker):
            os.remove(marker)
            script = getattr(sys.modules.get("__main__"), "__file__", None) or "the script"
            raise UnguardedScriptError(Errors.E016.format(script=script, n=n_process)) from None
        raise
    except BaseException:
        if not owned:
            _POOLS.pop((n_process, max_bytes, max_doc_bytes), None)
            executor.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        for future in pending:
            future.cancel()
        if owned:
            executor.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------
# Public batch API
# --------------------------------------------------------------------------

def iter_extract(
    paths_or_texts=None,
    *,
    texts=None,
    kind: str = "auto",
    n_process: int = 1,
    errors: str = "record",
    progress: bool | None = None,
    batch_size: int = 4,
    nlp=None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    rejected: bool = False,
    max_doc_bytes: int | None = DEFAULT_MAX_DOC_BYTES,
) -> Iterator[DocResult]:
    """Yield one :class:`DocResult` per document, in input order.

    Takes the same arguments as :func:`extract_many`; for users who stream
    results to disk (or to Dask) instead of building one frame. Failed
    documents are yielded with ``error`` set (and logged) unless
    ``errors="raise"``. ``result.info`` is the document's row of the
    documents table (:data:`DOCUMENT_COLUMNS`); with ``rejected=True``,
    ``result.rejected`` holds the refused candidates as rows
    (:data:`~lawgov_nlp.frame.REJECTED_COLUMNS` plus ``source``).
    """
    if errors not in ("record", "raise"):
        raise ValueError(f"errors must be 'record' or 'raise', not {errors!r}")
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    if n_process is None or n_process <= 0:
        n_process = os.cpu_count() or 1
    _refuse_in_bootstrapping_worker(n_process)
    tasks: Iterable[tuple] = _tasks(paths_or_texts, texts=texts, kind=kind)
    total = None
    if _countable(paths_or_texts) and _countable(texts):
        # listed up front (folders are walked now): the progress bar has a total
        tasks = list(tasks)
        total = len(tasks)
    return _iter_extract(tasks, total, n_process, errors, progress, max(1, int(batch_size)), nlp, max_bytes,
                         bool(rejected), max_doc_bytes)


def _iter_extract(tasks, total, n_process, errors, progress, batch_size, nlp, max_bytes,
                  rejected=False, max_doc_bytes=DEFAULT_MAX_DOC_BYTES) -> Iterator[DocResult]:
    tasks = iter(tasks)
    show = sys.stderr.isatty() if progress is None else bool(progress)
    bar = None
    if show:
        from tqdm import tqdm

        # shown before the pipeline loads (seconds): say what is happening meanwhile;
        # with a total (inputs listed up front) tqdm shows the percentage and ETA
        starting = ("loading the pipeline" if n_process == 1 and nlp is None
                    else f"starting {n_process} worker processes" if n_process > 1 else "starting")
        bar = tqdm(total=total, unit="doc", desc=f"lawgov-nlp: {starting}", file=sys.stderr, leave=False,
                   dynamic_ncols=True)
    if n_process == 1:
        if nlp is None:
            from .language import default_pipeline

            nlp = default_pipeline()
        results = (_run(task, nlp, max_bytes, rejected, max_doc_bytes) for task in tasks)
    else:
        results = _pool_results(tasks, n_process, batch_size, nlp, max_bytes, rejected, max_doc_bytes)
    if bar is not None and n_process == 1:
        bar.set_description("lawgov-nlp")
    try:
        for result in results:
            if bar is not None:
                if not bar.n and n_process > 1:  # the workers are up: their first result is in
                    bar.set_description(f"lawgov-nlp ({n_process} processes)", refresh=False)
                bar.update(1)
            if result.error is not None:
                error = result.error
                reason = error["reason"] if error["reason"].startswith("[") else f"[{error['code']}] {error['reason']}"
                logger.warning("%s: %s", error["path"] or error["doc_id"], reason)
                if errors == "raise":
                    raise result.exception
            yield result
    finally:
        if bar is not None:
            bar.close()
        close = getattr(results, "close", None)
        if close is not None:
            close()


#: collect() turns rows into a frame every this many rows (rows as dicts
#: take several times the memory of the frame; one frame per document costs
#: a fixed ~0.3 ms each, the price of a short document's extraction).
_ROWS_PER_BLOCK = 5_000


def error_row(result: DocResult) -> dict:
    """A failed input as a row of :data:`~lawgov_nlp.frame.FILE_ERROR_COLUMNS`."""
    return {"doc_id": result.doc_id, "source": result.source, "start": -1, "end": -1,
            "error_code": result.error["code"], "error": result.error["reason"]}


def collect(results: Iterable[DocResult], *, error_rows: bool = False) -> pd.DataFrame:
    """One frame from :func:`iter_extract` results; errors in ``attrs["errors"]``,
    the documents table in ``attrs["documents"]`` (a list of
    :data:`DOCUMENT_COLUMNS` dicts, one per input, failed ones included;
    :func:`documents_frame` makes it a frame). With ``error_rows``, each
    failed input is also a row, in input order, and the frame has the
    ``error_code`` and ``error`` columns."""
    columns = FILE_ERROR_COLUMNS if error_rows else FILE_COLUMNS
    frames: list[pd.DataFrame] = []
    pending: list[dict] = []
    errors: list[dict] = []
    documents: list[dict] = []

    def flush():
        if pending:
            frames.append(rows_to_frame(pending, columns))
            pending.clear()

    for result in results:
        if result.info is not None:
            documents.append(result.info)
        if result.error is not None:
            errors.append(result.error)
            if error_rows:
                pending.append(error_row(result))
            continue
        if result._rows is not None:
            pending.extend(result._rows)
            if len(pending) >= _ROWS_PER_BLOCK:
                flush()
        elif result.frame is not None and len(result.frame):
            flush()
            frames.append(result.frame.reindex(columns=list(columns)).astype(columns) if error_rows else result.frame)
    flush()
    if not frames:
        df = empty_frame(columns)
    elif len(frames) == 1:
        df = frames[0]
    else:
        df = pd.concat(frames, ignore_index=True)
    # plain lists, not frames: pandas compares attrs when frames are concatenated
    df.attrs["errors"] = errors
    df.attrs["documents"] = documents
    return df


def documents_frame(documents) -> pd.DataFrame:
    """The documents table as a typed frame: from ``df.attrs["documents"]``,
    a frame returned by :func:`extract_many`, or :class:`DocResult` infos."""
    if isinstance(documents, pd.DataFrame):
        documents = documents.attrs.get("documents", [])
    return rows_to_frame([dict(d) for d in documents], DOCUMENT_COLUMNS)


def extract_many(
    paths_or_texts=None,
    *,
    texts=None,
    kind: str = "auto",
    n_process: int = 1,
    errors: str = "record",
    progress: bool | None = None,
    batch_size: int = 4,
    nlp=None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    max_doc_bytes: int | None = DEFAULT_MAX_DOC_BYTES,
) -> pd.DataFrame:
    """One mention frame (with metadata columns) for many reports.

    ``paths_or_texts``: file paths, directories (searched recursively for
    .txt .docx .pdf .html, and legacy .doc/.wps, which fail with a hint to
    convert them), or ``(doc_id, text)`` pairs, mixed freely.

    - ``texts``: report texts, said to be texts: a list of ``str`` (``doc_id``
      ``text-<position>``), of ``(doc_id, text)`` pairs, or a mapping
      ``{doc_id: text}``. The safe way to pass text.
    - ``kind``: how a bare ``str`` in ``paths_or_texts`` is read. ``"auto"``
      (default): a path when it exists, ends in a report suffix, or could be
      a name at all (one line, no sentence punctuation such as 。，；：), so
      ``"reports/"`` or ``"reports"`` that do not exist fail with E004
      instead of being read as text; a text otherwise (``"共受理1818件。"``).
      ``"path"``: every ``str`` is a path. ``"text"``: every ``str`` is a text.
    - ``doc_id`` of a file: its path under the directory it was found in,
      without suffix (``a/report`` and ``b/report`` for
      ``extract_many(["reports/"])``); a file given by name: its name without
      suffix. A derived ``doc_id`` that is already taken in the batch gets
      ``~2``, ``~3`` …; ``doc_id`` given in ``(doc_id, text)`` are kept.
    - ``n_process``: worker processes (``-1``: one per CPU). The frame is the
      same whatever the value. Scripts using it need an
      ``if __name__ == "__main__":`` guard (workers are spawned); without
      one the call fails at once with ``UnguardedScriptError`` (E016)
      saying so.
    - ``errors="record"`` (default): a file that fails becomes an entry of
      ``df.attrs["errors"]`` (``doc_id``, ``path``, ``code``, ``error``,
      ``reason``) and the batch goes on; ``"raise"`` raises the first error;
      ``"rows"`` records them and also makes each a row of the frame, in
      input order, with two more columns, ``error_code`` and ``error`` (the
      reason), missing on mention rows; an error row has ``start`` = ``end``
      = -1. This is the frame :func:`lawgov_nlp.dask.extract` computes.
    - ``df.attrs["documents"]``: one dict per input (:data:`DOCUMENT_COLUMNS`:
      ``path``, ``doc_id``, ``title``, ``org``, ``year``, ``chars``,
      ``mentions``, ``refused``, ``status`` = ``"ok"`` or the error code,
      ``seconds``), so a report with no mention is still listed;
      :func:`documents_frame` turns it into a frame.
    - ``progress``: a tqdm bar; by default only when stderr is a terminal.
    - ``batch_size``: documents sent to a worker at a time.
    - ``max_bytes``: files over this size fail with ``FileTooLargeError``
      (plain-text files over ``max_doc_bytes`` excepted: they are streamed).
    - ``max_doc_bytes`` (default 5 MB; ``None``: never): a plain-text file
      over this size is read and extracted in blocks of about this size cut
      at paragraph boundaries, never held whole and never refused; offsets
      stay those of the whole text. Other formats are parsed whole (their
      text is extracted in chunks all the same).
    """
    if errors not in ("record", "raise", "rows"):
        raise ValueError(f"errors must be 'record', 'raise' or 'rows', not {errors!r}")
    results = iter_extract(paths_or_texts, texts=texts, kind=kind, n_process=n_process,
                           errors="record" if errors == "rows" else errors,
                           progress=progress, batch_size=batch_size, nlp=nlp, max_bytes=max_bytes,
                           max_doc_bytes=max_doc_bytes)
    return collect(results, error_rows=errors == "rows")
