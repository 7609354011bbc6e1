"""Throughput and memory of lawgov_nlp against its floor and its peers.

One run, the same text for every system: the two seeds, and a corpus of
report-like documents built by shuffling the seeds' paragraphs (deterministic
seed, >= 5 MB of UTF-8 by default). Each system runs in its own subprocess,
so its peak RSS is its own, with its models and worker processes started
before the clock (as in a long job); each figure is the best of a few passes.
Figures are compared as ratios measured in the same run, so they hold on a
noisy machine:

- ours (``lawgov_nlp.extract``, one process) / jieba segmentation alone
  (``jieba.lcut``, default settings)                         target >= 1.0
- ours / Recognizers-Text (number + percentage + currency)   target >= 10
- ``extract_many(n_process=2)`` / ``extract_many(n_process=1)`` target >= 1.6
- ``lawgov_nlp.dask`` two workers / one worker

Recognizers-Text is slow: it reads the first 300,000 characters of the corpus
(``--quick``: 30,000), and the table says so. ``nlp.pipe(n_process=2)`` is
measured too, with the cost model that bounds it (spaCy sends every ``Doc``
back to the parent as bytes: see :func:`_pipe_cost_model`), to show why
``extract_many`` has its own worker pool that sends back rows.

Memory: ``extract_many`` over 10,000 documents (paragraphs of the seeds),
RSS sampled at every document in the batch loop; the peak of the last
thousand documents must be within 10% of the peak of the first thousand.
Measured twice, in separate processes: streaming (``iter_extract``, the loop
``extract_many`` runs on) and ``extract_many`` itself, which returns every
row: its result frame grows with the input by design, so its check is on the
peak without the result's own size (``DataFrame.memory_usage(deep=True)``).

    python benchmarks/throughput.py            # full run (about 3 minutes here)
    python benchmarks/throughput.py --quick    # small corpus, for tests (< 1 minute)
    lawgov-nlp bench --speed [--quick]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
RESULTS = ROOT / "benchmarks" / "results" / "throughput.json"

#: Recognizers-Text runs at ~30-80K chars/s: it gets a slice of the corpus.
RECOGNIZERS_CHARS = 300_000
QUICK_RECOGNIZERS_CHARS = 30_000

SYSTEMS = {
    "jieba": "jieba segmentation alone (jieba.lcut)",
    "extract": "lawgov_nlp.extract, one process",
    "many1": "extract_many(n_process=1)",
    "many2": "extract_many(n_process=2)",
    "pipe2": "nlp.pipe(n_process=2) (Docs, not frames)",
    "regex": "regex baseline",
    "recognizers": "Recognizers-Text (number+percentage+currency)",
    "dask1": "lawgov_nlp.dask, 1 worker",
    "dask2": "lawgov_nlp.dask, 2 workers",
}

TARGETS = {"ours_over_jieba": 1.0, "ours_over_recognizers": 10.0, "n_process2_over_1": 1.6}


# -- the text -------------------------------------------------------------------

def seed_texts() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def _paragraphs() -> list[str]:
    return [p for _, text in seed_texts() for p in text.split("\n") if p.strip()]


def build_corpus(target_bytes: int, seed: int = 13) -> list[str]:
    """Report-like documents of 30 paragraphs drawn from the seeds (with a
    fixed seed), until the corpus holds ``target_bytes`` of UTF-8."""
    paragraphs = _paragraphs()
    rng = random.Random(seed)
    docs, size = [], 0
    while size < target_bytes:
        doc = "\n".join(rng.choice(paragraphs) for _ in range(30))
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def short_documents(n: int, seed: int = 7):
    """``n`` short documents (three paragraphs of the seeds each), lazily."""
    paragraphs = _paragraphs()
    rng = random.Random(seed)
    for i in range(n):
        yield (f"d{i:05d}", "\n".join(rng.choice(paragraphs) for _ in range(3)))


# -- measuring ------------------------------------------------------------------

def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _proc_peak_mb(pid: int) -> float | None:
    """Peak RSS (VmHWM) of another live process."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _best(run, passes: int) -> float:
    """The shortest of ``passes`` timings of ``run()``."""
    best = float("inf")
    for _ in range(passes):
        t = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t)
    return best


def _rate(chars: int, seconds: float) -> dict:
    return {"chars": chars, "seconds": round(seconds, 4), "chars_per_s": chars / seconds}


# -- one system, in a child process ----------------------------------------------

def _run_system(name: str, corpus_file: str, quick: bool = False) -> dict:
    docs = json.loads(Path(corpus_file).read_text(encoding="utf-8"))
    seeds = [text for _, text in seed_texts()]
    passes = 1 if quick else 3
    seed_passes = 5 if quick else 20  # the seeds are 7K chars: the best of many passes
    out: dict = {"name": name, "label": SYSTEMS[name]}

    def measure(per_doc, corpus=docs, seed_docs=seeds):
        def over(texts):
            def run():
                for d in texts:
                    per_doc(d)  # results dropped at once: peak RSS is the system's, not the results'
            return run

        out["seeds"] = _rate(sum(map(len, seed_docs)), _best(over(seed_docs), seed_passes))
        out["corpus"] = _rate(sum(map(len, corpus)), _best(over(corpus), passes))

    if name == "jieba":
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        measure(jieba.lcut)
    elif name in ("extract", "many1", "many2"):
        import lawgov_nlp
        from lawgov_nlp.language import default_pipeline

        default_pipeline()("罚款3万元。")  # models load outside the clock, as in a long job
        lawgov_nlp.extract("罚款3万元。")
        if name == "extract":
            measure(lawgov_nlp.extract)
        else:
            n = 1 if name == "many1" else 2
            items = [(str(i), d) for i, d in enumerate(docs)]
            # start the workers (spaCy, lexicons, jieba's dictionary) outside the clock
            lawgov_nlp.extract_many(items[:2 * n], n_process=n, batch_size=1, progress=False)
            frames = []
            seconds = _best(lambda: frames.append(lawgov_nlp.extract_many(items, n_process=n, batch_size=8,
                                                                           progress=False)), passes)
            out["corpus"] = _rate(sum(map(len, docs)), seconds)
            out["rows"] = len(frames[-1])
            if n > 1:
                from lawgov_nlp.batch import _POOLS

                pids = [pid for pool in _POOLS.values() for pid in getattr(pool, "_processes", {}) or {}]
                out["worker_peak_mb"] = [_proc_peak_mb(pid) for pid in pids]
    elif name == "pipe2":
        from lawgov_nlp.language import default_pipeline

        nlp = default_pipeline()
        nlp("罚款3万元。")
        # spaCy starts its processes on each call: that cost is part of nlp.pipe
        seconds = _best(lambda: sum(len(d.spans["indicators"]) for d in nlp.pipe(docs, n_process=2, batch_size=8)), 1)
        chars = sum(map(len, docs))
        out["corpus"] = _rate(chars, seconds)
        out["cost_model"] = _pipe_cost_model(nlp, docs, chars, passes)
    elif name in ("regex", "recognizers"):
        from lawgov_nlp.evaluate.peers import get_systems

        (system,) = get_systems([name])
        if not system.available():
            return {"name": name, "label": SYSTEMS[name], "status": "not installed"}
        corpus = docs
        if name == "recognizers":
            limit = QUICK_RECOGNIZERS_CHARS if quick else RECOGNIZERS_CHARS
            corpus, total = [], 0
            for d in docs:
                if total >= limit:
                    break
                corpus.append(d)
                total += len(d)
            out["note"] = f"first {total:,} chars of the corpus"
        system.extract(docs[0][:50], "warm")
        measure(lambda d: system.extract(d, "d"), corpus=corpus)
    elif name in ("dask1", "dask2"):
        return {**out, **_run_dask(docs, int(name[-1]), passes)}
    else:
        raise SystemExit(f"unknown system {name}")
    out["peak_mb"] = _peak_mb()
    return out


def _pipe_cost_model(nlp, docs: list[str], chars: int, passes: int) -> dict:
    """Why ``nlp.pipe(n_process=2)`` cannot reach 2x here: every ``Doc`` goes
    back to the parent as ``Doc.to_bytes()`` (one token per character, ~110
    bytes each) and is rebuilt there with ``Doc.from_bytes``. With one process
    the pipeline costs ``1/pipe1`` seconds a character; with workers each
    character also costs ``to_bytes`` in a worker and ``from_bytes`` in the
    parent, so on two cores the best ``nlp.pipe`` can do is
    ``2 / (1/pipe1 + 1/to_bytes + 1/from_bytes)``."""
    from spacy.tokens import Doc

    pipe1 = _rate(chars, _best(lambda: sum(len(d.spans["indicators"]) for d in nlp.pipe(docs)), passes))
    # one Doc at a time (holding them all would be the peak RSS of this row)
    seconds = [0.0, 0.0]
    for doc in nlp.pipe(docs):
        t0 = time.perf_counter()
        blob = doc.to_bytes()
        t1 = time.perf_counter()
        Doc(nlp.vocab).from_bytes(blob)
        seconds[0] += t1 - t0
        seconds[1] += time.perf_counter() - t1
    to_bytes, from_bytes = _rate(chars, seconds[0]), _rate(chars, seconds[1])
    per_char = 1 / pipe1["chars_per_s"] + 1 / to_bytes["chars_per_s"] + 1 / from_bytes["chars_per_s"]
    ceiling = min(2 / per_char, from_bytes["chars_per_s"])
    return {"pipe1_chars_per_s": pipe1["chars_per_s"], "to_bytes_chars_per_s": to_bytes["chars_per_s"],
            "from_bytes_chars_per_s": from_bytes["chars_per_s"], "two_core_ceiling_chars_per_s": round(ceiling),
            "ceiling_over_pipe1": round(ceiling / pipe1["chars_per_s"], 2)}


def _run_dask(docs: list[str], workers: int, passes: int) -> dict:
    try:
        import distributed
    except ImportError:
        return {"status": "not installed"}
    import lawgov_nlp.dask as ldask

    with tempfile.TemporaryDirectory() as tmp, \
            distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                     dashboard_address=None, silence_logs=50) as cluster, \
            distributed.Client(cluster) as client:
        paths = []
        for i, d in enumerate(docs):
            p = Path(tmp, f"r{i:05d}.txt")
            p.write_text(d, encoding="utf-8")
            paths.append(p)

        def warm():
            from lawgov_nlp.language import default_pipeline

            default_pipeline()("罚款3万元。")

        client.run(warm)  # every worker loads the pipeline outside the clock, once
        rows = []
        # the default partitioning (about 16 files a partition), as a user gets it
        seconds = _best(lambda: rows.append(len(ldask.extract(paths, client=client).compute())), min(passes, 2))

        def peak():
            import resource as r

            return r.getrusage(r.RUSAGE_SELF).ru_maxrss / 1024

        worker_peaks = sorted(client.run(peak).values())
    return {**{"corpus": _rate(sum(map(len, docs)), seconds)}, "rows": rows[-1], "peak_mb": _peak_mb(),
            "worker_peak_mb": worker_peaks}


# -- memory -----------------------------------------------------------------------

def _memory(n_docs: int, how: str) -> dict:
    """RSS at every document of one batch of ``n_docs`` short documents, as
    the batch loop pulls them; peak per thousand documents."""
    import lawgov_nlp
    import lawgov_nlp.batch as batch

    step = 1000 if n_docs >= 2000 else max(1, n_docs // 10)
    samples: list[float] = []
    # libraries and models load before the batch (the first frame imports pyarrow: ~20 MB)
    lawgov_nlp.extract_many([("warm", "共受理审批事项1818件，罚款15.7万元。")], progress=False)

    def docs():
        for item in short_documents(n_docs):
            samples.append(_rss_mb())  # read when the loop asks for the next document
            yield item

    t = time.perf_counter()
    result_mb = 0.0
    if how == "stream":
        rows = sum(len(r.rows or ()) for r in batch.iter_extract(docs(), progress=False))
    else:
        df = lawgov_nlp.extract_many(docs(), progress=False)
        rows = len(df)
        result_mb = float(df.memory_usage(deep=True).sum()) / 2**20
    seconds = time.perf_counter() - t
    samples.append(_rss_mb())
    # samples[k + 1]: RSS once document k is done (the last one: once the frame is returned)
    peaks = [round(max(samples[i + 1:i + step + 1]), 1) for i in range(0, n_docs, step)]
    first, last = peaks[0], peaks[-1]
    out = {"how": how, "documents": n_docs, "rows": rows, "seconds": round(seconds, 1), "step": step,
           "peak_rss_mb_per_step": peaks, "last_over_first": round(last / first, 4),
           "flat": last <= first * 1.10, "peak_mb": _peak_mb()}
    if how != "stream":
        # extract_many returns every row: its frame grows with the input by design; what must
        # stay flat is the rest (a leak would show here)
        out["result_mb"] = round(result_mb, 1)
        out["net_last_over_first"] = round((last - result_mb) / first, 4)
        out["flat"] = last - result_mb <= first * 1.10
    return out


# -- the whole run ----------------------------------------------------------------

def _child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        tail = out.stderr.strip().splitlines()[-1:] or ["exit status %d" % out.returncode]
        return {"status": f"failed: {tail[0]}"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(quick: bool = False, systems: list[str] | None = None, memory: bool = True, echo=print) -> dict:
    target = 300_000 if quick else 5_200_000
    docs = build_corpus(target)
    seeds = seed_texts()
    result = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}",
        "quick": quick,
        "seeds": {"documents": len(seeds), "chars": sum(len(t) for _, t in seeds)},
        "corpus": {"documents": len(docs), "chars": sum(map(len, docs)),
                   "bytes": sum(len(d.encode("utf-8")) for d in docs)},
        "systems": [],
    }
    c = result["corpus"]
    echo(f"corpus: {c['documents']} documents, {c['chars']:,} chars, {c['bytes'] / 1e6:.1f} MB; "
         f"seeds: {result['seeds']['chars']:,} chars")
    echo(_header())
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False)
        corpus_file = f.name
    try:
        for name in systems or list(SYSTEMS):
            row = _child(["--one", name, corpus_file] + (["--quick"] if quick else []))
            row.setdefault("name", name)
            row.setdefault("label", SYSTEMS[name])
            result["systems"].append(row)
            echo(_format_row(row))
    finally:
        os.unlink(corpus_file)
    result["ratios"] = ratios(result["systems"])
    echo("")
    for line in _format_ratios(result["ratios"]):
        echo(line)
    if memory:
        n = 1000 if quick else 10_000
        result["memory"] = [_child(["--memory", str(n), how]) for how in ("stream", "extract_many")]
        echo("")
        for m in result["memory"]:
            echo(_format_memory(m))
    return result


def ratios(rows: list[dict]) -> dict:
    by = {r["name"]: r for r in rows}

    def rate(name, where="corpus"):
        return (by.get(name) or {}).get(where, {}).get("chars_per_s")

    def ratio(a, b):
        return round(a / b, 2) if a and b else None

    return {
        "ours_over_jieba": ratio(rate("extract"), rate("jieba")),
        "ours_over_jieba_seeds": ratio(rate("extract", "seeds"), rate("jieba", "seeds")),
        "ours_over_recognizers": ratio(rate("extract"), rate("recognizers")),
        "ours_over_recognizers_seeds": ratio(rate("extract", "seeds"), rate("recognizers", "seeds")),
        "n_process2_over_1": ratio(rate("many2"), rate("many1")),
        "pipe2_over_extract": ratio(rate("pipe2"), rate("extract")),
        "pipe2_ceiling_over_pipe1": ((by.get("pipe2") or {}).get("cost_model") or {}).get("ceiling_over_pipe1"),
        "dask2_over_dask1": ratio(rate("dask2"), rate("dask1")),
    }


def _header() -> str:
    return f"{'system':<48} {'seeds chars/s':>14} {'corpus chars/s':>15} {'peak RSS':>10}  workers' peak"


def _format_row(r: dict) -> str:
    if "status" in r:
        return f"{r['label']:<48} {r['status']}"
    seeds = f"{r['seeds']['chars_per_s']:,.0f}" if "seeds" in r else "—"
    workers = ", ".join(f"{m:.0f}" for m in r.get("worker_peak_mb") or [] if m) + (" MB" if r.get("worker_peak_mb") else "")
    note = f"  ({r['note']})" if r.get("note") else ""
    model = r.get("cost_model")
    if model:
        note += (f"\n{'':<4}nlp.pipe one process {model['pipe1_chars_per_s']:,.0f} chars/s; Doc.to_bytes "
                 f"{model['to_bytes_chars_per_s']:,.0f}, Doc.from_bytes {model['from_bytes_chars_per_s']:,.0f}: "
                 f"on two cores nlp.pipe(n_process=2) can reach at most {model['two_core_ceiling_chars_per_s']:,.0f} "
                 f"({model['ceiling_over_pipe1']:.2f}x one process)")
    return (f"{r['label']:<48} {seeds:>14} {r['corpus']['chars_per_s']:>15,.0f} {r['peak_mb']:>7.0f} MB  "
            f"{workers}{note}")


def _format_ratios(ratios: dict) -> list[str]:
    lines = []
    for name, value in ratios.items():
        target = TARGETS.get(name.replace("_seeds", ""))
        verdict = "" if target is None or value is None else ("  ok" if value >= target else "  BELOW")
        lines.append(f"{name:<30} {value if value is not None else '—':>6}"
                     + (f"  (target >= {target}){verdict}" if target else ""))
    return lines


def _format_memory(m: dict) -> str:
    if "status" in m:
        return f"memory: {m['status']}"
    what = "iter_extract (streaming)" if m["how"] == "stream" else "extract_many (holding its result)"
    line = (f"memory, {what}, {m['documents']:,} documents, {m['rows']:,} rows: peak RSS per {m['step']:,} "
            f"documents {m['peak_rss_mb_per_step']} MB; last/first {m['last_over_first']:.3f}")
    if "result_mb" in m:
        line += f"; the result frame is {m['result_mb']:.1f} MB, last/first without it {m['net_last_over_first']:.3f}"
    return line + f" ({'flat: within 10%' if m['flat'] else 'GROWS more than 10%'})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="lawgov-nlp bench --speed", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="a 300 KB corpus, one pass, 1,000 documents for memory (for tests)")
    ap.add_argument("--systems", help=f"comma-separated subset of: {', '.join(SYSTEMS)}")
    ap.add_argument("--no-memory", action="store_true", help="skip the memory check")
    ap.add_argument("--json", default=str(RESULTS), help=f"result file (default: {RESULTS.relative_to(ROOT)})")
    ap.add_argument("--one", nargs=2, metavar=("SYSTEM", "CORPUS"), help=argparse.SUPPRESS)
    ap.add_argument("--memory", nargs=2, metavar=("N", "HOW"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(_run_system(args.one[0], args.one[1], args.quick)))
        return 0
    if args.memory:
        print(json.dumps(_memory(int(args.memory[0]), args.memory[1])))
        return 0
    systems = [s.strip() for s in args.systems.split(",")] if args.systems else None
    unknown = set(systems or ()) - set(SYSTEMS)
    if unknown:
        ap.error(f"unknown systems: {', '.join(sorted(unknown))}")
    result = run(args.quick, systems, memory=not args.no_memory)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
