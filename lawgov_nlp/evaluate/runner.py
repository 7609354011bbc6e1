"""Run the benchmark: every system on every gold set, scored the same way.

``python -m benchmarks`` and ``lawgov-nlp bench`` call :func:`main`. It prints
one table per gold set (lawgov_nlp and the peers), lawgov_nlp's figures per
document (per construction on the challenge set) and its errors, writes the
whole result as JSON when ``--json PATH`` is given (nowhere otherwise), and
with ``--check`` exits 1 when one of lawgov_nlp's overall figures is below
``benchmarks/thresholds.toml``.

The gold sets live in the repository, not in the installed package: run it
from the repository root (or pass ``--seeds``/``--challenge``/``--reports``).
When none of them is found it exits 2 and says where they were expected.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import tomllib
from datetime import datetime, timezone
from pathlib import Path

from ..errors import GoldFormatError
from .gold import GoldSet, check_gold, load_challenge, load_seeds
from .peers import SYSTEMS, System, get_systems
from .scorer import format_error, score

DEFAULT_SEEDS = Path("seeds")
DEFAULT_CHALLENGE = Path("benchmarks/challenge")
#: Whole reports written and annotated blind to the rules (benchmarks/reports/README.md):
#: ``dev/`` may be read while rules are written; ``test/`` is scored, its errors not shown.
DEFAULT_REPORTS = Path("benchmarks/reports")
#: ``real-style/`` holds reports written to be as messy as published ones (same split).
BLIND_SETS = frozenset({"reports-test", "reports-real-style-test"})
#: No result file unless asked for (``--json PATH``).
DEFAULT_JSON = None
DEFAULT_THRESHOLDS = Path("benchmarks/thresholds.toml")
OURS = "lawgov_nlp"
WARMUP = "共受理审批事项1818件，办结率100％，罚款15.7万元。"

#: Table columns: header -> key in a system's overall figures.
COLUMNS = {
    "gold": "n_gold", "pred": "n_pred",
    "P": "span_p", "R": "span_r", "F1": "span_f1",
    "P=": "exact_p", "R=": "exact_r", "F1=": "exact_f1",
    "value": "value_acc", "unit": "unit_acc", "qual": "qualifier_acc", "kind": "kind_acc",
    "change": "change_acc", "activity": "activity_acc", "object": "object_acc",
    "tupleF1": "tuple_f1",
}
LEGEND = ("P/R/F1: quantity spans overlapping; P=/R=/F1=: exact spans; value…object: "
          "accuracy on matched mentions; tupleF1: value, unit and activity all right; —: not predicted")


# --- running ----------------------------------------------------------------

def load_sets(seed_dir, challenge_dir, reports_dir=DEFAULT_REPORTS) -> dict[str, GoldSet | str]:
    """Each gold set by name, or a string saying why it is absent."""
    sets: dict[str, GoldSet | str] = {}
    reports_dir = Path(reports_dir)
    for name, path, loader, marker in (("seeds", seed_dir, load_seeds, None),
                                       ("challenge", challenge_dir, load_challenge, "texts.jsonl"),
                                       ("reports-dev", reports_dir / "dev", load_seeds, None),
                                       ("reports-test", reports_dir / "test", load_seeds, None),
                                       ("reports-real-style-dev", reports_dir / "real-style" / "dev", load_seeds, None),
                                       ("reports-real-style-test", reports_dir / "real-style" / "test", load_seeds,
                                        None)):
        path = Path(path)
        if not path.is_dir() or (marker and not (path / marker).exists()):
            sets[name] = f"missing ({path})"
            continue
        gold = loader(path) if loader is load_challenge else loader(path, name)
        sets[name] = gold if gold.texts and len(gold.missing) < len(gold.texts) else f"no gold yet ({path})"
    return sets


def run_system(system: System, texts: dict[str, str]) -> tuple[list[dict], float, list[dict]]:
    """Rows over all texts, the extraction time in seconds, and crashes."""
    system.extract(WARMUP, "warmup")  # loading is not throughput
    rows, crashes, seconds = [], [], 0.0
    for doc_id, text in texts.items():
        began = time.perf_counter()
        try:
            rows += system.extract(text, doc_id)
        except Exception as err:  # noqa: BLE001 - report, score the rest
            crashes.append({"type": "crash", "doc_id": doc_id, "start": 0, "end": 0, "text": None,
                            "expected": None, "got": f"{type(err).__name__}: {err}", "context": ""})
        seconds += time.perf_counter() - began
    return rows, seconds, crashes


def evaluate_system(system: System, gold: GoldSet) -> dict:
    """One system on one gold set: status, throughput and scores."""
    if not system.available():
        return {"status": system.reason}
    rows, seconds, crashes = run_system(system, gold.texts)
    gold_rows = gold.rows
    if system.gold_kinds is not None:
        gold_rows = [row for row in gold_rows if row.get("kind") in system.gold_kinds]
    result = score(gold_rows, rows, gold.texts, fields=system.fields, groups=gold.groups)
    result["errors"] = crashes + result["errors"]
    if system.name == OURS and gold.has_indicators:  # indicator ids and panel cells (evaluate/indicator_score.py)
        from .indicator_score import indicator_figures

        figures = indicator_figures(rows, gold.rows, gold.texts)
        result["indicator_errors"] = figures.pop("indicator_errors")
        result["overall"].update(figures)
    chars = sum(len(text) for text in gold.texts.values())
    return {"status": "ok", "seconds": seconds, "chars": chars,
            "chars_per_s": chars / seconds if seconds else None, **result}


def run(seed_dir=DEFAULT_SEEDS, challenge_dir=DEFAULT_CHALLENGE, systems=None, reports_dir=DEFAULT_REPORTS) -> dict:
    """Score ``systems`` (names or :class:`System` objects; all by default) on every gold set.

    Raises :class:`GoldFormatError` when a gold file is invalid.
    """
    systems = [s if isinstance(s, System) else get_systems([s])[0] for s in (systems or SYSTEMS)]
    result = {
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "systems": {s.name: {"fields": list(s.fields), "note": s.note,
                             "gold_kinds": sorted(s.gold_kinds) if s.gold_kinds else None}
                    for s in systems},
        "sets": {},
    }
    second = Path(reports_dir) / "real-style" / "agreement" / "second"
    if second.is_dir():
        from .agreement import agreement

        result["agreement"] = {"reports-real-style": agreement(Path(reports_dir) / "real-style" / "dev", second)}
    for name, gold in load_sets(seed_dir, challenge_dir, reports_dir).items():
        if isinstance(gold, str):
            result["sets"][name] = {"status": gold}
            continue
        check_gold(gold)
        result["sets"][name] = {
            "status": "ok", "path": gold.path, "documents": len(gold.texts),
            "chars": sum(len(t) for t in gold.texts.values()), "gold_rows": len(gold.rows),
            "without_gold": gold.missing,
            "systems": {s.name: evaluate_system(s, gold) for s in systems},
        }
    return result


# --- thresholds ---------------------------------------------------------------

def check_thresholds(result: dict, thresholds: dict) -> list[str]:
    """Each of lawgov_nlp's overall figures below its minimum, as a readable line."""
    failures = []
    for set_name, minimums in thresholds.items():
        entry = result["sets"].get(set_name, {"status": "not run"})
        ours = entry.get("systems", {}).get(OURS)
        if entry["status"] != "ok" or ours is None or ours["status"] != "ok":
            reason = entry["status"] if entry["status"] != "ok" else (ours or {}).get("status", "not run")
            failures.append(f"{set_name}: {OURS} not scored ({reason})")
            continue
        for metric, minimum in minimums.items():
            if metric not in ours["overall"]:
                failures.append(f"{set_name}.{metric}: unknown figure")
                continue
            actual = ours["overall"][metric] or 0.0
            if actual < minimum:
                failures.append(f"{set_name}.{metric} = {actual:.3f} < threshold {minimum}")
    return failures


# --- printing -------------------------------------------------------------------

def _cell(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def format_table(headers: list[str], rows: list[list[str]]) -> str:
    """Fixed-width text table; first column left-aligned, the others right-aligned."""
    widths = [max(len(str(r[i])) for r in [headers, *rows] if i < len(r)) for i in range(len(headers))]
    lines = []
    for row in [headers, *rows]:
        cells = [str(c).ljust(widths[0]) if i == 0 else str(c).rjust(widths[i]) for i, c in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def _figure_row(label: str, figures: dict) -> list[str]:
    return [label, *(_cell(figures.get(key)) for key in COLUMNS.values())]


def system_table(entry: dict) -> str:
    headers, rows, notes = ["system", *COLUMNS, "chars/s"], [], []
    for name, system in entry["systems"].items():
        if system["status"] != "ok":
            notes.append(f"{name}: {system['status']}")
            continue
        speed = f"{system['chars_per_s']:,.0f}" if system.get("chars_per_s") else "—"
        rows.append([*_figure_row(name, system["overall"]), speed])
    return "\n".join([format_table(headers, rows), *notes]) if rows else "\n".join(notes)


def group_table(groups: dict[str, dict], label: str) -> str:
    return format_table([label, *COLUMNS], [_figure_row(name, figures) for name, figures in groups.items()])


def report(result: dict, errors: int = 20, show_blind: bool = False) -> str:
    """The printed report: per set, the systems table, our groups, our errors
    (not those of a blind set unless ``show_blind``: who writes rules must
    not read them, or the set stops measuring text nobody tuned for)."""
    parts = [LEGEND]
    for set_name, entry in result["sets"].items():
        if entry["status"] != "ok":
            parts.append(f"\n== {set_name}: {entry['status']} ==")
            continue
        parts.append(f"\n== {set_name}: {entry['documents']} documents, {entry['chars']:,} chars, "
                     f"{entry['gold_rows']} gold rows ==")
        if entry["without_gold"]:
            parts.append(f"(texts without gold, not scored: {', '.join(entry['without_gold'])})")
        parts.append(system_table(entry))
        for name, info in result["systems"].items():
            if info["gold_kinds"]:
                parts.append(f"({name} is scored on {'/'.join(info['gold_kinds'])} rows only)")
        ours = entry["systems"].get(OURS)
        if not ours or ours["status"] != "ok":
            continue
        label = "construction" if set_name == "challenge" else "document"
        parts.append(f"\n{OURS} per {label}:\n" + group_table(ours["groups"], label))
        counts = ", ".join(f"{k} {v}" for k, v in sorted(ours["error_counts"].items(), key=lambda kv: -kv[1]))
        if set_name in BLIND_SETS and not show_blind:
            parts.append(f"\n{OURS} errors ({counts or 'none'}); not shown: this set is kept blind "
                         "(--show-blind-errors shows them; the JSON has them)")
            continue
        shown = ours["errors"][:errors]
        parts.append(f"\n{OURS} errors ({counts or 'none'}); first {len(shown)}:")
        parts += [format_error(error) for error in shown]
    from .indicator_score import indicator_table

    parts.append(indicator_table(result, OURS))
    for set_name, figures in result.get("agreement", {}).items():
        from .agreement import table

        parts.append(f"\n== inter-annotator agreement, {set_name} ({len(figures['documents_compared'])} documents "
                     f"annotated twice, independently) ==\n" + table(figures))
    return "\n".join(parts)


# --- command line -----------------------------------------------------------------

def parse_args(argv) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="lawgov-nlp bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="seed directory (default: %(default)s)")
    parser.add_argument("--challenge", type=Path, default=DEFAULT_CHALLENGE,
                        help="challenge set directory (default: %(default)s)")
    parser.add_argument("--reports", type=Path, default=DEFAULT_REPORTS,
                        help="report sets directory, with dev/ and test/ (default: %(default)s)")
    parser.add_argument("--show-blind-errors", action="store_true",
                        help="also print the errors of the blind sets (" + ", ".join(sorted(BLIND_SETS)) + ")")
    parser.add_argument("--systems", default=",".join(SYSTEMS),
                        help="comma-separated systems to run (default: %(default)s)")
    parser.add_argument("--errors", type=int, default=20, metavar="N", help="errors to print (default: %(default)s)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, metavar="PATH",
                        help="write the whole result as JSON to PATH (default: no file)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure is below its threshold")
    parser.add_argument("--thresholds", type=Path, default=DEFAULT_THRESHOLDS, help="(default: %(default)s)")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    """Run, print, write JSON, optionally check thresholds; return the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    sets = load_sets(args.seeds, args.challenge, args.reports)
    if all(isinstance(gold, str) for gold in sets.values()):
        print(_no_gold_message(args, sets), file=sys.stderr)
        return 2
    try:
        systems = get_systems([name.strip() for name in args.systems.split(",") if name.strip()])
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    try:
        result = run(args.seeds, args.challenge, systems, args.reports)
    except GoldFormatError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(report(result, args.errors, args.show_blind_errors))
    status = 0
    if args.check:
        thresholds = tomllib.loads(args.thresholds.read_text(encoding="utf-8"))
        failures = check_thresholds(result, thresholds)
        result["check"] = {"thresholds": str(args.thresholds), "failures": failures}
        print("\nthreshold check: " + ("passed" if not failures else "FAILED"))
        for failure in failures:
            print(f"  {failure}")
        status = 1 if failures else 0
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nwrote {args.json}")
    return status


def _no_gold_message(args, sets) -> str:
    """Where the gold sets were expected, and how to point at them."""
    lines = [f"lawgov-nlp bench: no gold set found from {Path.cwd()}; expected:"]
    lines += [f"  {name}: {status}" for name, status in sets.items()]
    lines.append("The gold sets ship with the repository (seeds/, benchmarks/challenge/, benchmarks/reports/), "
                 "not with the installed package: run this from the repository root, or pass "
                 "--seeds DIR --challenge DIR --reports DIR.")
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "benchmarks" / "challenge").is_dir():
        lines.append(f"This installation's repository is {checkout}: cd {checkout} && lawgov-nlp bench")
    return "\n".join(lines)
