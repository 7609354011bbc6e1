"""Cost linear in the input (issue 12): doubling an adversarial input must not
quadruple its time. Never timed in absolute seconds: each input of n
characters is timed alone, twice and four times over (the best of a few
runs), and a quadratic path shows as t(4n)/t(n) near 16 where a linear one
gives 4 (repeating keeps the density of numbers, quotes and breaks the same;
with no sentence end, the repeats make one longer sentence). The inputs are the
throughput benchmark's adversarial kinds (benchmarks/throughput.py) at small
sizes; the whole test takes a few seconds."""
import runpy
import time
from pathlib import Path

import pytest

import lawgov_nlp

ROOT = Path(__file__).resolve().parents[1]
#: characters of each input at the smallest size (4n is timed too)
SIZES = {"no_sentence_punct": 8000, "no_punct": 3000, "label_number_pairs": 2000, "bare_numbers": 6000,
         "random_mix": 3000, "unmatched_openers": 4000}
#: t(4n) / t(n): linear 4, quadratic 16; 9 is a mean doubling ratio of 3
MAX_QUADRUPLING = 9.0


@pytest.fixture(scope="module")
def bench():
    return runpy.run_path(str(ROOT / "benchmarks" / "throughput.py"), run_name="t")


def _best(text: str, repeats: int = 3) -> float:
    """The least CPU time of ``extract(text)`` (wall time counts a busy machine's other work)."""
    best = float("inf")
    for _ in range(repeats):
        t = time.process_time()
        lawgov_nlp.extract(text)
        best = min(best, time.process_time() - t)
    return best


def _input(bench, name: str, chars: int) -> str:
    text = bench["ADVERSARIAL"][name][1](1)
    assert len(text) >= chars
    return text[:chars]


@pytest.mark.parametrize("name", list(SIZES))
def test_doubling_an_adversarial_input_does_not_quadruple_its_time(bench, name):
    lawgov_nlp.extract("罚款3万元。")
    n = SIZES[name]
    base = _input(bench, name, n)
    texts = [base * k for k in (1, 2, 4)]  # the same text repeated: the same density of everything
    for attempt in range(2):  # a busy machine gets one second chance
        t1, t2, t4 = (_best(t) for t in texts)
        if t4 / t1 < MAX_QUADRUPLING:
            break
    assert t4 / t1 < MAX_QUADRUPLING, f"{name}: {t1:.3f}s, {t2:.3f}s, {t4:.3f}s for n, 2n, 4n"


def test_a_flattened_table_line_gives_one_row_per_number_with_its_label():
    """项目12件项目15件… with no punctuation: cut between pairs, every number keeps its label."""
    pairs = [("受理审批事项", 12 + i, "件") for i in range(300)]
    text = "".join(f"{label}{n}{unit}" for label, n, unit in pairs)
    df = lawgov_nlp.extract(text)
    assert list(df["value"]) == [float(n) for _, n, _ in pairs]
    assert all(text[r.start:r.end] == r.text for r in df.itertuples())
    assert set(df["activity"]) == {"受理"} and set(df["object"]) == {"审批事项"}
    assert df["sentence"].str.len().max() <= 400
