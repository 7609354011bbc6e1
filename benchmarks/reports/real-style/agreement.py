"""Inter-annotator agreement on the real-style report set (see
``lawgov_nlp/evaluate/agreement.py``; ``python -m benchmarks`` prints it too).

The first annotation is the ``<doc_id>.gold.jsonl`` beside each text in
``real-style/dev``; the second, independent one is in
``real-style/agreement/second``. Only figures are printed or written.

    python benchmarks/reports/real-style/agreement.py [--first DIR] [--second DIR] [--out JSON]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for lawgov_nlp

from lawgov_nlp.evaluate.agreement import agreement, table  # noqa: E402

FIRST_DIR = HERE / "dev"
SECOND_DIR = HERE / "agreement" / "second"
OUT = HERE / "agreement" / "latest.json"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--first", default=str(FIRST_DIR))
    parser.add_argument("--second", default=str(SECOND_DIR))
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)
    result = agreement(args.first, args.second)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(table(result))
    print(f"\nwritten {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
