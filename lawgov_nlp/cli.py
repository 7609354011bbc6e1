"""The ``lawgov-nlp`` command: ``extract`` report files to a table, ``bench``.

``extract`` streams: each document's rows are written as soon as it is done
(CSV, JSON Lines, or Parquet row groups), so a folder of thousands of reports
needs no more memory than one, and what was written survives an interruption.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

OUTPUT_FORMATS = ("csv", "jsonl", "parquet")
#: CSV files are UTF-8 with a byte-order mark unless --plain-utf8: Excel on
#: Chinese Windows reads a CSV without one as GBK and garbles it.
CSV_ENCODING = "utf-8-sig"
#: Columns shown when the table is printed to the terminal (files get them all).
PRINT_COLUMNS = ["text", "value", "unit", "qualifier", "kind", "change", "activity", "object"]

_DESCRIPTION = """\
Find the quantitative indicators (1818件, 15.7万元, 100%, …) in Chinese
rule-of-law government reports (法治政府建设年度报告) and write them as a
table: one row per mention, with the activity it measures, the counted
object, the sentence and section, and the report's title, issuing body and
year."""

_EXTRACT_DESCRIPTION = """\
Read report files (.txt in any common Chinese encoding, .docx, .pdf with a
text layer, .html pages) and extract their indicator mentions. Directories
are searched recursively for these suffixes. Without -o the mentions are
printed, report by report; with -o they are written to a file whose suffix
picks the format (.csv, .jsonl, .parquet), with all columns (see the README).

A file that cannot be read (empty, corrupt, encrypted, not a report) never
stops the run: it is listed with the reason in the summary printed at the
end on stderr. The exit status is 1 when any file failed (use --keep-going
to exit 0 anyway, e.g. in scripts that tolerate bad files), 2 on a usage
error."""

_EXTRACT_EPILOG = """\
columns: every column of the table (name, dtype, meaning, example), and how one
number can give two rows, is described in docs/columns.md of the repository
({columns}).

examples:
  lawgov-nlp extract report.docx                  print the mentions of one report
  lawgov-nlp extract reports/ -o mentions.csv     every report under reports/, as CSV
  lawgov-nlp extract reports/ -o m.parquet -j 2   Parquet (needs pyarrow), 2 processes
  lawgov-nlp extract a.pdf b.html -o m.jsonl --keep-going
  lawgov-nlp extract reports/ -o - > m.csv        CSV on standard output
  lawgov-nlp extract reports/ -o m.csv --documents docs.csv --rejected refused.csv
"""


def _build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="lawgov-nlp",
        description=_DESCRIPTION,
        epilog="Run 'lawgov-nlp extract --help' for the options and examples.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"lawgov-nlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ext = sub.add_parser(
        "extract", help="extract indicator mentions from report files",
        description=_EXTRACT_DESCRIPTION, epilog=_EXTRACT_EPILOG.format(columns=_columns_doc()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ext.add_argument("inputs", nargs="+", metavar="FILES_OR_DIRS",
                     help="report files (.txt .docx .pdf .html) and/or directories to search")
    ext.add_argument("-o", "--output", metavar="OUT",
                     help="write the table to OUT (.csv, .jsonl or .parquet); '-' writes CSV to stdout")
    ext.add_argument("--format", choices=OUTPUT_FORMATS,
                     help="output format when OUT's suffix does not say it")
    ext.add_argument("--documents", metavar="DOCS.csv",
                     help="also write the documents table: one row per input file (path, doc_id, title, org, "
                          "year, chars, mentions, refused, status = ok or the error code, seconds)")
    ext.add_argument("--rejected", metavar="FILE.csv",
                     help="also write the refused candidates (dates, list markers, thresholds, ordinals …): one row "
                          "per numeral that is not a mention, with its reason and the same offsets as the mentions")
    ext.add_argument("--plain-utf8", action="store_true",
                     help="write CSV files as plain UTF-8 (default: UTF-8 with a byte-order mark, which Excel on "
                          "Chinese Windows needs to show the text; standard output is always plain UTF-8)")
    ext.add_argument("--keep-going", action="store_true",
                     help="exit with status 0 even when some files failed (they are still listed)")
    ext.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                     help="worker processes (default 1; 0 = one per CPU)")
    ext.add_argument("--max-mb", type=float, default=50.0, metavar="MB",
                     help="skip files larger than MB megabytes, as failed (default 50)")
    ext.add_argument("--no-progress", action="store_true", help="no progress bar (shown only on a terminal)")
    ext.add_argument("-v", "--verbose", action="store_true", help="log each failed file as it happens")

    sub.add_parser(
        "panel", help="the (org, year) x indicator panel of report files, with evidence and conflicts "
                      "(see 'lawgov-nlp panel --help')", add_help=False,
    )
    sub.add_parser(
        "bench", help="run the accuracy benchmark and print its table (see 'lawgov-nlp bench --help'); 'bench --speed [--quick]' runs the throughput benchmark",
        add_help=False,
    )
    return parser


def _columns_doc() -> str:
    """docs/columns.md of the checkout this package runs from, else its repo path."""
    path = Path(__file__).resolve().parents[1] / "docs" / "columns.md"
    return str(path) if path.exists() else "docs/columns.md"


def _speed(argv: list[str]) -> int:
    """``bench --speed``: the throughput benchmark, which lives with the repo's
    benchmarks (it builds its corpus from the bundled seeds)."""
    import runpy
    from pathlib import Path

    # the checkout this package runs from (an editable install), else the current directory
    candidates = [Path(__file__).resolve().parents[1] / "benchmarks" / "throughput.py",
                  Path.cwd() / "benchmarks" / "throughput.py"]
    script = next((c for c in candidates if c.exists()), None)
    if script is None:
        print("lawgov-nlp: benchmarks/throughput.py not found: run 'bench --speed' from the repository root",
              file=sys.stderr)
        return 2
    module = runpy.run_path(str(script), run_name="lawgov_speed")
    return int(module["main"](argv) or 0)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``lawgov-nlp``; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "bench":
        if "--speed" in argv[1:]:
            return _speed([a for a in argv[1:] if a != "--speed"])
        # Everything after "bench" belongs to the benchmark runner, --help included.
        from .evaluate.runner import main as bench_main

        return int(bench_main(argv[1:]) or 0)
    if argv and argv[0] == "panel":  # indicators -> (org, year) panel: lawgov_nlp/codebook.py
        from .codebook import cli as panel_main

        return int(panel_main(argv[1:]) or 0)
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    return _extract(args, parser)


def _output_format(args, parser) -> str | None:
    if args.output is None:
        return None
    if args.format:
        return args.format
    if args.output == "-":
        return "csv"
    suffix = Path(args.output).suffix.lower().lstrip(".")
    if suffix in ("json", "ndjson"):
        suffix = "jsonl"
    if suffix not in OUTPUT_FORMATS:
        parser.error(f"cannot tell the output format from {args.output!r}: use .csv, .jsonl or .parquet, or --format")
    return suffix


def _extract(args, parser) -> int:
    from .batch import iter_extract

    fmt = _output_format(args, parser)
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            parser.error("writing .parquet needs pyarrow: pip install 'lawgov_nlp[parquet]'")
    if args.max_mb <= 0:
        parser.error("--max-mb must be positive")
    logging.getLogger("lawgov_nlp").setLevel(logging.WARNING if args.verbose else logging.ERROR)
    if args.verbose and not logging.getLogger().handlers:
        logging.basicConfig(format="lawgov-nlp: %(message)s")

    # Paths, never texts: a command-line argument that does not exist is a missing file.
    inputs = [Path(p) for p in args.inputs]
    encoding = "utf-8" if args.plain_utf8 else CSV_ENCODING
    writer = _Writer(fmt, args.output, encoding)
    read = mentions = 0
    failed: list[dict] = []
    documents: list[dict] = []
    refused = _RejectedWriter(args.rejected, encoding)
    try:
        for result in iter_extract(inputs, kind="path", n_process=args.jobs or -1, errors="record",
                                   progress=False if args.no_progress else None,
                                   max_bytes=int(args.max_mb * 1024 * 1024), rejected=bool(args.rejected)):
            refused.write(result.rejected)
            if result.info is not None:
                documents.append(result.info)
            if result.error is not None:
                failed.append(result.error)
                continue
            read += 1
            mentions += len(result.frame)
            writer.write(result.frame)
    except KeyboardInterrupt:
        writer.close()
        refused.close()
        _write_documents(args.documents, documents, encoding)
        print("lawgov-nlp: interrupted", file=sys.stderr)
        return 130
    writer.close()
    refused.close()
    _write_documents(args.documents, documents, encoding)

    files = "file" if read == 1 else "files"
    summary = f"lawgov-nlp: {read} {files} read, {mentions} mentions, {len(failed)} failed"
    if args.output and args.output != "-":
        summary += f"; written to {args.output}"
    if args.documents:
        summary += f"; documents table in {args.documents}"
    if args.rejected:
        summary += f"; {refused.count} refused candidates in {args.rejected}"
    print(summary, file=sys.stderr)
    for error in failed:
        reason = error["reason"] if error["reason"].startswith("[") else f"[{error['code']}] {error['reason']}"
        print(f"  failed: {error['path'] or error['doc_id']}: {reason}", file=sys.stderr)
    if read == 0 and not failed:
        print("lawgov-nlp: no report files found (.txt .docx .pdf .html)", file=sys.stderr)
        return 1
    return 1 if failed and not args.keep_going else 0


def _write_documents(path: str | None, documents: list[dict], encoding: str = "utf-8-sig") -> None:
    """``--documents``: the documents table as CSV (written even when empty)."""
    if not path:
        return
    from .batch import documents_frame

    documents_frame(documents).to_csv(path, index=False, encoding=encoding)


class _RejectedWriter:
    """``--rejected``: refused candidates as CSV, each document's as it arrives."""

    def __init__(self, path: str | None, encoding: str = "utf-8-sig"):
        self.path, self.encoding, self.count, self._fh = path, encoding, 0, None

    def write(self, rows: list[dict] | None) -> None:
        if not self.path or rows is None:
            return
        from .frame import REJECTED_COLUMNS, rows_to_frame

        columns = {**REJECTED_COLUMNS, "source": "string"}
        if self._fh is None:
            self._fh = open(self.path, "w", encoding=self.encoding, newline="")
            rows_to_frame([], columns).to_csv(self._fh, index=False)
        if rows:
            rows_to_frame(rows, columns).to_csv(self._fh, index=False, header=False)
            self.count += len(rows)

    def close(self) -> None:
        if self.path and self._fh is None:
            self.write([])
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class _Writer:
    """Writes each document's frame as it arrives (see the module docstring)."""

    def __init__(self, fmt: str | None, output: str | None, encoding: str = "utf-8-sig"):
        self.fmt, self.output = fmt, output
        # a BOM for CSV files only: JSON Lines stay plain UTF-8, as the format requires
        self.encoding = encoding if fmt == "csv" else "utf-8"
        self._fh = None
        self._parquet = None
        self._schema = None
        self._started = False

    def write(self, frame) -> None:
        if self.fmt is None:
            self._print(frame)
        elif self.fmt == "csv":
            fh = self._open()
            frame.to_csv(fh, index=False, header=not self._started)
        elif self.fmt == "jsonl":
            fh = self._open()
            if len(frame):
                fh.write(frame.to_json(orient="records", lines=True, force_ascii=False).rstrip("\n") + "\n")
        else:
            self._write_parquet(frame)
        self._started = True

    def _open(self):
        if self._fh is None:
            if self.output == "-":
                self._fh = sys.stdout
            else:
                self._fh = open(self.output, "w", encoding=self.encoding, newline="")
        return self._fh

    def _write_parquet(self, frame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(frame, preserve_index=False)
        if self._parquet is None:
            self._schema = table.schema
            self._parquet = pq.ParquetWriter(self.output, self._schema)
        if table.num_rows:
            self._parquet.write_table(table.cast(self._schema))

    def _print(self, frame) -> None:
        import pandas as pd

        if not len(frame):
            return
        first = frame.iloc[0]
        meta = " · ".join(str(first[c]) for c in ("title", "org", "year") if not pd.isna(first[c]))
        print(f"== {first['doc_id']}  ({first['source'] if not pd.isna(first['source']) else 'text'})")
        if meta:
            print(f"   {meta}")
        with pd.option_context("display.unicode.east_asian_width", True, "display.max_colwidth", 24,
                               "display.width", 200, "display.max_rows", None):
            view = frame[PRINT_COLUMNS].astype(object)
            print(view.where(view.notna(), "").to_string(index=False))
        print()

    def close(self) -> None:
        from .frame import FILE_COLUMNS, empty_frame

        if self.fmt is not None and not self._started:
            self.write(empty_frame(FILE_COLUMNS))  # a table with its header, even with nothing in it
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None
        if self._fh is not None and self._fh is not sys.stdout:
            self._fh.close()
        elif self._fh is sys.stdout:
            sys.stdout.flush()
        self._fh = None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
