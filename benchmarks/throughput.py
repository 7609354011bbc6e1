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

Adversarial inputs (:data:`ADVERSARIAL`), measured in one process with the
normal corpus so the figures compare: at least 1 MB each of report text with
its sentence punctuation removed (and with all punctuation removed), one
sentence of 50,000 label-number pairs, clauses of 20,000 bare numbers
separated by 、, random mixes of numerals, counters, 的 and punctuation, and
100,000 unmatched opening quotes and brackets. Each is run at its size and at
twice its size: targets, as ratios, >= 0.3x the normal corpus's chars/s and
<= 2.3x the time when the input doubles (a quadratic path gives 4x). The
same process extracts one 20 MB document (the corpus joined) and reports its
peak RSS (target < 2 GB), and a 20 MB .txt file through ``extract_many``.

    python benchmarks/throughput.py                # full run (about 6 minutes here)
    python benchmarks/throughput.py --adversarial  # only the adversarial section (with the normal corpus)
    python benchmarks/throughput.py --quick        # small corpus and inputs, for tests (< 1 minute)
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

#: Adversarial targets (ratios in one process): chars/s against the normal
#: corpus's, and the time of twice the input against the time of the input.
ADVERSARIAL_MIN_SPEED_RATIO = 0.3
ADVERSARIAL_MAX_DOUBLING = 2.3
#: Size of each adversarial input (UTF-8), and of the single big document.
ADVERSARIAL_BYTES = 1_050_000
QUICK_ADVERSARIAL_BYTES = 40_000
BIG_DOC_BYTES = 20_000_000
QUICK_BIG_DOC_BYTES = 300_000


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


# -- adversarial inputs -----------------------------------------------------------
# Each generator takes a scale (1: the size of the benchmark, >= 1 MB; 2: twice
# that) and is deterministic. ``size`` counts UTF-8 bytes.

_LABELS = ["受理审批事项", "办结行政复议案件", "查处违法案件", "罚没款", "培训执法人员", "审查规范性文件",
           "调解矛盾纠纷", "按时办结率", "聘请法律顾问", "开展执法检查", "项目", "发放宣传资料"]
_COUNTERS = ["件", "起", "次", "人次", "万元", "%", "项", "个", "家", "名", "份", "场"]
_OPENERS = "“‘「『《〈（(\"'["
_CLOSERS = "”’」』》〉）)\"']"


def _utf8_len(s: str) -> int:
    return len(s.encode("utf-8"))


def _until(size: int, pieces) -> str:
    """Concatenate pieces from the iterator until ``size`` bytes."""
    out, total = [], 0
    for piece in pieces:
        out.append(piece)
        total += _utf8_len(piece)
        if total >= size:
            break
    return "".join(out)


def _report_stream(seed: int):
    paragraphs = _paragraphs()
    rng = random.Random(seed)
    while True:
        yield rng.choice(paragraphs)


def adv_no_sentence_punct(scale: float = 1, size: int = ADVERSARIAL_BYTES) -> str:
    """(a) Report text with every sentence end (。！？；!?;) and line break removed: one sentence."""
    strip = str.maketrans("", "", "。！？；!?;\n\r")
    return _until(int(size * scale), (p.translate(strip) for p in _report_stream(21)))


def adv_no_punct(scale: float = 1, size: int = ADVERSARIAL_BYTES) -> str:
    """(a') Report text with all punctuation and whitespace removed (no clause breaks either)."""
    return _until(int(size * scale), ("".join(c for c in p if c.isalnum()) for p in _report_stream(22)))


def adv_label_number_pairs(scale: float = 1, pairs: int = 50_000) -> str:
    """(b) One sentence of label-number pairs, a flattened table: 受理审批事项1234件项目56次…"""
    rng = random.Random(23)
    return "".join(f"{rng.choice(_LABELS)}{rng.randint(1, 99_999)}{rng.choice(_COUNTERS)}"
                   for _ in range(int(pairs * scale)))


def adv_bare_numbers(scale: float = 1, size: int = ADVERSARIAL_BYTES, per_clause: int = 20_000) -> str:
    """(c) Clauses of 20,000 bare numbers separated by 、 (the clauses joined by ，)."""
    rng = random.Random(24)

    def clauses():
        while True:
            yield "、".join(str(rng.randint(0, 999_999)) for _ in range(per_clause)) + "，"
    text = _until(int(size * scale), clauses())
    return text.encode("utf-8")[:int(size * scale)].decode("utf-8", "ignore")


_MIX = ["1", "23", "456", "7.8", "1,234", "0.5", "百", "千", "万", "三", "十二", "两千零五十", "伍万", "百分之",
        "第", "件", "起", "次", "人次", "万元", "%", "个", "余", "以上", "至", "-", "的", "的", "，", "。", "、",
        "；", "：", "（", "）", "“", "”", "同比下降", "约", "共", "受理", "案件"]


def adv_random_mix(scale: float = 1, size: int = ADVERSARIAL_BYTES) -> str:
    """(d) Random runs of numerals, counters, 的 and punctuation."""
    rng = random.Random(25)
    return _until(int(size * scale), (rng.choice(_MIX) for _ in iter(int, 1)))


def adv_unmatched_openers(scale: float = 1, openers: int = 100_000) -> str:
    """(e) 100,000 unmatched opening quotes and brackets, one every three
    characters of report text whose closing marks were removed."""
    rng = random.Random(26)
    strip = str.maketrans("", "", _CLOSERS)
    text = "".join(p.translate(strip) for p in _paragraphs())
    n = int(openers * scale)
    return "".join(rng.choice(_OPENERS) + text[(3 * i) % len(text):(3 * i) % len(text) + 3] for i in range(n))


#: name -> (description, generator(scale))
ADVERSARIAL = {
    "no_sentence_punct": ("(a) report text, sentence punctuation and line breaks removed", adv_no_sentence_punct),
    "no_punct": ("(a') report text, all punctuation and whitespace removed", adv_no_punct),
    "label_number_pairs": ("(b) one sentence of 50,000 label-number pairs", adv_label_number_pairs),
    "bare_numbers": ("(c) clauses of 20,000 bare numbers joined by 、", adv_bare_numbers),
    "random_mix": ("(d) random numerals, counters, 的 and punctuation", adv_random_mix),
    "unmatched_openers": ("(e) 100,000 unmatched opening quotes and brackets", adv_unmatched_openers),
}


def adversarial_input(name: str, scale: float = 1.0, quick: bool = False) -> str:
    """The adversarial input ``name`` at ``scale`` (quick: about 1/25 of the size)."""
    generate = ADVERSARIAL[name][1]
    if quick:
        scale *= QUICK_ADVERSARIAL_BYTES / ADVERSARIAL_BYTES
    return generate(scale)


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


# -- adversarial inputs, in one process with the normal corpus -------------------

def _best_cpu(run, passes: int) -> float:
    """The least CPU time of this process over ``passes`` runs of ``run()``."""
    best = float("inf")
    for _ in range(passes):
        t = time.process_time()
        run()
        best = min(best, time.process_time() - t)
    return best


def _adversarial(corpus_file: str, quick: bool = False, names: list[str] | None = None) -> dict:
    """chars/s of ``extract`` on the normal corpus and on each adversarial
    input at its size and twice its size, in this one process; ratios.

    Timed in CPU seconds of the process (``extract`` runs on one thread):
    on a shared machine wall time also counts the neighbours, which made a
    doubling ratio swing between 2.0 and 3.4 from one run to the next."""
    import lawgov_nlp

    docs = json.loads(Path(corpus_file).read_text(encoding="utf-8"))
    lawgov_nlp.extract("罚款3万元。")  # models load outside the clock
    passes = 2  # (the best of two, --quick too: a single small run is too noisy for a ratio)

    def over(texts):
        return lambda: [lawgov_nlp.extract(d) for d in texts]

    normal = _rate(sum(map(len, docs)), _best_cpu(over(docs), passes))
    out = {"normal": normal, "inputs": [], "clock": "process CPU time"}
    for name in names or list(ADVERSARIAL):
        one, two = adversarial_input(name, 1, quick), adversarial_input(name, 2, quick)
        rows = len(lawgov_nlp.extract(one))
        t1 = _best_cpu(over([one]), passes)
        t2 = _best_cpu(over([two]), passes)
        out["inputs"].append({
            "name": name, "label": ADVERSARIAL[name][0], "rows": rows,
            "bytes": _utf8_len(one), **_rate(len(one), t1),
            "speed_ratio": round(len(one) / t1 / normal["chars_per_s"], 2),
            "doubled_chars": len(two), "doubled_seconds": round(t2, 4),
            "doubling_ratio": round(t2 / t1, 2),
        })
    out["peak_mb"] = _peak_mb()
    return out


def big_document(size: int) -> str:
    """One document of ``size`` bytes of UTF-8: report-like paragraphs (the
    corpus's) joined by line breaks."""
    return _until(size, (p + "\n" for p in _report_stream(31)))


def _big_doc(size: int, how: str) -> dict:
    """Peak RSS and time of one document of ``size`` bytes: ``extract`` on the
    string, or ``extract_many`` on a .txt file (read and extracted in chunks
    past ``max_doc_bytes``)."""
    import lawgov_nlp

    text = big_document(size)
    lawgov_nlp.extract("罚款3万元。")
    base = _peak_mb()
    t = time.perf_counter()
    if how == "extract":
        rows = len(lawgov_nlp.extract(text))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, "big.txt")
            path.write_text(text, encoding="utf-8")
            del text
            df = lawgov_nlp.extract_many([path], progress=False)
            rows = len(df)
            assert not df.attrs["errors"], df.attrs["errors"]
    seconds = time.perf_counter() - t
    return {"how": how, "bytes": size, "rows": rows, "seconds": round(seconds, 1),
            "peak_mb": round(_peak_mb(), 1), "peak_before_mb": round(base, 1)}


def run_adversarial(corpus_file: str, quick: bool = False, echo=print) -> dict:
    result = _child(["--adversarial-run", corpus_file] + (["--quick"] if quick else []))
    if "status" in result:
        echo(f"adversarial: {result['status']}")
        return result
    for line in _format_adversarial(result):
        echo(line)
    size = QUICK_BIG_DOC_BYTES if quick else BIG_DOC_BYTES
    result["big_document"] = [_child(["--big-doc", str(size), how]) for how in ("extract", "extract_many")]
    for b in result["big_document"]:
        echo(_format_big(b))
    return result


def _format_adversarial(r: dict) -> list[str]:
    n = r["normal"]
    lines = [f"{'input (extract, one process, CPU time)':<66} {'chars':>10} {'chars/s':>11} {'x normal':>9} "
             f"{'2x input: time ratio':>21}",
             f"{'normal corpus':<66} {n['chars']:>10,} {n['chars_per_s']:>11,.0f} {'1.00':>9} {'':>21}"]
    for x in r["inputs"]:
        speed = "" if x["speed_ratio"] >= ADVERSARIAL_MIN_SPEED_RATIO else " BELOW"
        double = "" if x["doubling_ratio"] <= ADVERSARIAL_MAX_DOUBLING else " ABOVE"
        lines.append(f"{x['label']:<66} {x['chars']:>10,} {x['chars_per_s']:>11,.0f} "
                     f"{x['speed_ratio']:>9.2f}{speed} {x['doubling_ratio']:>14.2f}{double}")
    lines.append(f"(targets: >= {ADVERSARIAL_MIN_SPEED_RATIO}x the normal corpus's chars/s; "
                 f"<= {ADVERSARIAL_MAX_DOUBLING}x the time for twice the input)")
    return lines


def _format_big(b: dict) -> str:
    if "status" in b:
        return f"big document: {b['status']}"
    verdict = "under 2 GB" if b["peak_mb"] < 2048 else "OVER 2 GB"
    return (f"one document of {b['bytes'] / 1e6:.1f} MB, {b['how']}: {b['rows']:,} rows in {b['seconds']:.1f} s, "
            f"peak RSS {b['peak_mb']:,.0f} MB ({verdict}; {b['peak_before_mb']:,.0f} MB before it)")


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


def run(quick: bool = False, systems: list[str] | None = None, memory: bool = True, echo=print,
        adversarial: bool = True) -> dict:
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
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False)
        corpus_file = f.name
    try:
        if systems != []:
            echo(_header())
        for name in systems if systems is not None else list(SYSTEMS):
            row = _child(["--one", name, corpus_file] + (["--quick"] if quick else []))
            row.setdefault("name", name)
            row.setdefault("label", SYSTEMS[name])
            result["systems"].append(row)
            echo(_format_row(row))
        if result["systems"]:
            result["ratios"] = ratios(result["systems"])
            echo("")
            for line in _format_ratios(result["ratios"]):
                echo(line)
        if adversarial:
            echo("")
            result["adversarial"] = run_adversarial(corpus_file, quick, echo)
    finally:
        os.unlink(corpus_file)
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
    ap.add_argument("--adversarial", action="store_true",
                    help="only the adversarial section (the normal corpus and the adversarial inputs in one process, "
                         "and one 20 MB document); the default run includes it")
    ap.add_argument("--no-adversarial", action="store_true", help="skip the adversarial section")
    ap.add_argument("--adversarial-run", metavar="CORPUS", help=argparse.SUPPRESS)
    ap.add_argument("--big-doc", nargs=2, metavar=("BYTES", "HOW"), help=argparse.SUPPRESS)
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
    if args.adversarial_run:
        print(json.dumps(_adversarial(args.adversarial_run, args.quick)))
        return 0
    if args.big_doc:
        print(json.dumps(_big_doc(int(args.big_doc[0]), args.big_doc[1])))
        return 0
    systems = [s.strip() for s in args.systems.split(",")] if args.systems else None
    unknown = set(systems or ()) - set(SYSTEMS)
    if unknown:
        ap.error(f"unknown systems: {', '.join(sorted(unknown))}")
    if args.adversarial:
        systems = []
    result = run(args.quick, systems, memory=not args.no_memory and not args.adversarial,
                 adversarial=not args.no_adversarial)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
