"""Fuzz ``lawgov_nlp.extract`` and ``to_number`` with a large example budget.

Hypothesis drives the inputs (arbitrary Unicode, report-like fragments mixed
with noise, long digit and numeral runs, unbalanced quotes and brackets); every
input must give a frame without an exception, with every offset valid and
every surface equal to the text at its offsets. ``to_number`` must return a
float or raise ``ValueError``. Prints inputs tried, crashes, invalid offsets
and time, and writes ``benchmarks/results/fuzz.json``.

    python benchmarks/fuzz.py --budget 20000 --seconds 300
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lawgov_nlp

RESULTS = Path(__file__).resolve().parent / "results" / "fuzz.json"

FRAGMENTS = ["共受理", "审批事项", "1818件", "办结率", "100％", "罚款", "伍万元", "15.7万元", "同比下降", "21.9%",
             "（一）", "一、", "1.", "“", "”", "《", "》", "(", ")", "对", "进行了监督检查", "，", "。", "；", "\n",
             "余", "以上", "左右", "百分之", "九十五", "第", "三项制度", "分别为", "、", " ", "\u3000", "0", "万", "亿",
             "其中", "一是", "由", "减少到", "个百分点", "‰", "-", "−", "至", "两三", "近", "约", "\r\n", "\t"]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=80).map("".join),
    st.tuples(st.sampled_from("0123456789一二三四五六七八九十百千万亿"), st.integers(100, 5000),
              st.sampled_from(["件", "%", "元", "万元", ""])).map(lambda t: t[0] * t[1] + t[2]),
)


class Tally:
    inputs = 0
    crashes: list = []
    invalid: list = []


def check(text: str) -> None:
    Tally.inputs += 1
    try:
        df = lawgov_nlp.extract(text)
    except Exception:  # noqa: BLE001 - a crash is what we count
        Tally.crashes.append({"input": text[:200], "traceback": traceback.format_exc()[-800:]})
        return
    for r in df.itertuples():
        ok = text[r.start:r.end] == r.text
        for role in ("activity", "object"):
            value = getattr(r, role)
            if isinstance(value, str):
                ok &= text[getattr(r, f"{role}_start"):getattr(r, f"{role}_end")] == value
        if not ok:
            Tally.invalid.append({"input": text[:200], "row": r.text})
    token = text[:20]
    try:
        value = lawgov_nlp.to_number(token)
        assert isinstance(value, float)
    except ValueError:
        pass
    except Exception:  # noqa: BLE001
        Tally.crashes.append({"input": token, "traceback": traceback.format_exc()[-800:]})


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--budget", type=int, default=20_000, help="examples per strategy run (default 20000)")
    ap.add_argument("--seconds", type=float, default=300, help="stop after this long (default 300)")
    ap.add_argument("--json", default=str(RESULTS))
    args = ap.parse_args(argv)
    deadline = time.monotonic() + args.seconds
    t0 = time.monotonic()

    @settings(max_examples=args.budget, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(texts)
    def run(text):
        if time.monotonic() > deadline:
            return
        check(text)

    run()
    result = {"inputs_tried": Tally.inputs, "crashes": len(Tally.crashes), "invalid_offsets": len(Tally.invalid),
              "seconds": round(time.monotonic() - t0, 1), "examples": (Tally.crashes + Tally.invalid)[:5]}
    print(f"inputs tried: {result['inputs_tried']:,}  crashes: {result['crashes']}  "
          f"invalid offsets: {result['invalid_offsets']}  time: {result['seconds']} s")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if result["crashes"] or result["invalid_offsets"] else 0


if __name__ == "__main__":
    sys.exit(main())
