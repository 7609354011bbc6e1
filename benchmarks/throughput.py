"""Throughput and memory of lawgov_nlp against its floor and its peers.

One run, one corpus: the seeds plus a corpus of report-like documents built by
shuffling their paragraphs (deterministic seed, >= 5 MB of UTF-8 by default).
Each system runs in its own subprocess so its peak RSS is its own. Figures
are reported as ratios measured in the same run, so they hold on a noisy
machine:

- ours / jieba segmentation alone (target >= 1.0),
- ours / Recognizers-Text (target >= 10),
- extract_many n_process=2 / one process (target >= 1.6),
- Dask two workers / one worker,

plus memory flatness of ``extract_many`` over 10,000 documents (RSS after the
last thousand within 10% of after the first thousand).

    python benchmarks/throughput.py            # full run (a few minutes)
    python benchmarks/throughput.py --quick    # small corpus, for tests
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

#: Recognizers-Text is ~30K chars/s: it gets a slice of the corpus.
RECOGNIZERS_CHARS = 300_000


def build_corpus(target_bytes: int, seed: int = 13) -> list[str]:
    """Report-like documents from the seeds' paragraphs, shuffled."""
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    rng = random.Random(seed)
    docs, size = [], 0
    while size < target_bytes:
        doc = "\n".join(rng.choice(paragraphs) for _ in range(30))
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


# -- one system, in a child process -------------------------------------------

def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_system(name: str, corpus_file: str) -> dict:
    docs = json.loads(Path(corpus_file).read_text(encoding="utf-8"))
    chars = sum(map(len, docs))
    if name == "jieba":
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        t = time.perf_counter()
        for d in docs:
            jieba.lcut(d)
    elif name in ("lawgov_nlp", "lawgov_nlp_n2"):
        import lawgov_nlp
        from lawgov_nlp.language import default_pipeline

        default_pipeline()("罚款3万元。")  # load models outside the timing, as a long job would
        if name == "lawgov_nlp":
            t = time.perf_counter()
            for d in docs:
                lawgov_nlp.extract(d)
        else:
            # start the two workers outside the timing, as a long job amortises them
            lawgov_nlp.extract_many([(str(i), d) for i, d in enumerate(docs[:4])], n_process=2, batch_size=1,
                                    progress=False)
            t = time.perf_counter()
            lawgov_nlp.extract_many([(str(i), d) for i, d in enumerate(docs)], n_process=2, batch_size=8,
                                    progress=False)
    elif name in ("regex", "recognizers"):
        from lawgov_nlp.evaluate.peers import get_systems

        (system,) = get_systems([name])
        if not system.available():
            return {"name": name, "status": "not installed"}
        if name == "recognizers":
            docs, total = [], 0
            for d in json.loads(Path(corpus_file).read_text(encoding="utf-8")):
                if total >= RECOGNIZERS_CHARS:
                    break
                docs.append(d)
                total += len(d)
            chars = total
        system.extract(docs[0][:50], "warm")
        t = time.perf_counter()
        for i, d in enumerate(docs):
            system.extract(d, str(i))
    elif name.startswith("dask"):
        workers = int(name[-1])
        return _run_dask(docs, chars, workers)
    else:
        raise SystemExit(f"unknown system {name}")
    seconds = time.perf_counter() - t
    return {"name": name, "chars": chars, "seconds": seconds, "chars_per_s": chars / seconds, "peak_mb": _peak_mb()}


def _run_dask(docs, chars, workers) -> dict:
    try:
        import distributed
    except ImportError:
        return {"name": f"dask{workers}", "status": "not installed"}
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
        # warm the workers (pipeline loads once per worker)
        ldask.extract(paths[:workers * 2], npartitions=workers * 2).compute()
        t = time.perf_counter()
        ldask.extract(paths, npartitions=len(paths) // 4 or 1).compute()
        seconds = time.perf_counter() - t
    return {"name": f"dask{workers}", "chars": chars, "seconds": seconds, "chars_per_s": chars / seconds,
            "peak_mb": _peak_mb()}


def _memory_flatness(n_docs: int) -> dict:
    """RSS after each thousand documents of one extract_many stream."""
    import lawgov_nlp.batch as batch

    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    rng = random.Random(7)
    docs = ((str(i), "\n".join(rng.choice(paragraphs) for _ in range(3))) for i in range(n_docs))
    rss, mentions = [], 0
    step = max(1, n_docs // 10)
    for i, result in enumerate(batch.iter_extract(docs, progress=False), 1):
        mentions += len(result.frame) if result.frame is not None else 0
        if i % step == 0:
            rss.append(round(_rss_mb(), 1))
    first, last = rss[0], rss[-1]
    return {"documents": n_docs, "mentions": mentions, "rss_mb_per_step": rss, "step": step,
            "last_over_first": last / first, "flat": last <= first * 1.10}


# -- the whole run ------------------------------------------------------------

SYSTEMS = ["jieba", "lawgov_nlp", "lawgov_nlp_n2", "regex", "recognizers", "dask1", "dask2"]


def run(quick: bool = False) -> dict:
    target = 300_000 if quick else 5_200_000
    docs = build_corpus(target)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False)
        corpus_file = f.name
    try:
        rows = []
        for name in SYSTEMS:
            out = subprocess.run([sys.executable, __file__, "--one", name, corpus_file],
                                 capture_output=True, text=True, cwd=ROOT)
            if out.returncode != 0:
                rows.append({"name": name, "status": f"failed: {out.stderr.strip().splitlines()[-1:]}"})
            else:
                rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(_format_row(rows[-1]), flush=True)
        mem = subprocess.run([sys.executable, __file__, "--memory", str(1000 if quick else 10_000)],
                             capture_output=True, text=True, cwd=ROOT)
        memory = json.loads(mem.stdout.strip().splitlines()[-1]) if mem.returncode == 0 else {
            "status": f"failed: {mem.stderr.strip().splitlines()[-1:]}"}
    finally:
        os.unlink(corpus_file)
    by = {r["name"]: r.get("chars_per_s") for r in rows}
    ratios = {
        "ours_over_jieba": _ratio(by.get("lawgov_nlp"), by.get("jieba")),
        "ours_over_recognizers": _ratio(by.get("lawgov_nlp"), by.get("recognizers")),
        "n_process2_over_1": _ratio(by.get("lawgov_nlp_n2"), by.get("lawgov_nlp")),
        "dask2_over_dask1": _ratio(by.get("dask2"), by.get("dask1")),
    }
    result = {"corpus_docs": len(docs), "corpus_chars": sum(map(len, docs)),
              "corpus_bytes": sum(len(d.encode("utf-8")) for d in docs), "quick": quick,
              "systems": rows, "ratios": ratios, "memory": memory}
    return result


def _ratio(a, b):
    return round(a / b, 2) if a and b else None


def _format_row(r: dict) -> str:
    if "status" in r:
        return f"{r['name']:<15} {r['status']}"
    return f"{r['name']:<15} {r['chars_per_s']:>12,.0f} chars/s  {r['seconds']:>7.1f} s  peak {r['peak_mb']:>7.0f} MB"


TARGETS = {"ours_over_jieba": 1.0, "ours_over_recognizers": 10.0, "n_process2_over_1": 1.6}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="lawgov-nlp bench --speed", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a 300 KB corpus and 1,000 documents for memory")
    ap.add_argument("--json", default=str(RESULTS), help=f"result file (default: {RESULTS})")
    ap.add_argument("--one", nargs=2, metavar=("SYSTEM", "CORPUS"), help=argparse.SUPPRESS)
    ap.add_argument("--memory", type=int, metavar="N", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(_run_system(*args.one)))
        return 0
    if args.memory:
        print(json.dumps(_memory_flatness(args.memory)))
        return 0
    print(f"{'system':<15} {'throughput':>18}  {'time':>9}  {'peak RSS':>12}")
    result = run(args.quick)
    print(f"\ncorpus: {result['corpus_docs']} documents, {result['corpus_chars']:,} chars, "
          f"{result['corpus_bytes'] / 2**20:.1f} MB (Recognizers-Text on the first {RECOGNIZERS_CHARS:,} chars)")
    for name, value in result["ratios"].items():
        target = TARGETS.get(name)
        verdict = "" if target is None or value is None else ("  ok" if value >= target else f"  BELOW target {target}")
        print(f"{name:<24} {value}{verdict}")
    m = result["memory"]
    if "rss_mb_per_step" in m:
        print(f"memory: extract_many over {m['documents']:,} documents, RSS every {m['step']:,}: "
              f"{m['rss_mb_per_step']} MB; last/first {m['last_over_first']:.3f} ({'flat' if m['flat'] else 'GROWS'})")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
