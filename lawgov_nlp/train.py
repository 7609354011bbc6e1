"""Train the learned activity scorer: ``python -m lawgov_nlp.train``.

Reads the training gold sets of a checkout (seeds, the challenge set, the dev
halves of the report sets; never a blind half), runs the rules over them,
chooses the override margin by document-level cross-validation and writes the
weights, the margin, the seed and a hash of the training data to
``lawgov_nlp/data/attachment_model.json``. The same checkout gives the same
file byte for byte; ``tests/learned/test_training.py`` checks that the shipped
file was trained on the gold sets as they are now.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .rules.lexicons import data_path

#: L2 chosen by ``--cv`` (final decision, activity / object against the rules, of 2,537 mentions, with the
#: construction feature): 3e-5 +16/+12, 1e-4 +18/+11, 3e-4 +14/+6, 1e-3 +8/0
FIT_ARGS = {"min_count": 2, "l2": 1e-4, "steps": 300, "lr": 0.05, "seed": 0}


def train(root: Path, *, verbose: bool = True) -> dict:
    """The model file's content for the gold sets under ``root``."""
    from .language import load
    from .learned.training import FEATURE_VERSION, TRAIN_SETS, build_examples, choose_margin, data_hash, fit, \
        load_training_sets

    sets = load_training_sets(root)
    if not sets:
        raise SystemExit(f"no training gold sets under {root} (expected {', '.join(r for _, r, _ in TRAIN_SETS)})")
    nlp = load(config={"lawgov_attacher": {"scorer": ""}})
    examples = {}
    examples["activity"], examples["object"] = build_examples(nlp, sets)
    model = {
        "version": 2,
        "about": "Weights of the learned attachment scorer (lawgov_nlp/learned); written by python -m lawgov_nlp.train.",
        "feature_version": FEATURE_VERSION,
        "data_hash": data_hash(sets),
        "sets": {name: len(gold.rows) for name, gold in sets},
        "fit": FIT_ARGS,
    }
    for role, exs in examples.items():
        margin, report = choose_margin(exs, **FIT_ARGS)
        final = fit(exs, **FIT_ARGS)
        if verbose:
            print(f"{role}: {len(exs)} mentions from {', '.join(n for n, _ in sets)}; cross-validated on "
                  f"{report['judged_on']}: rules right {report['rules_right']}/{report['mentions']}, with the "
                  f"model at margin {margin}: {report['model_right']}/{report['mentions']}", file=sys.stderr)
        model[role] = {
            "margin": margin,
            "cross_validation": {"mentions": report["mentions"], "judged_on": report["judged_on"],
                                 "rules_right": report["rules_right"], "model_right": report["model_right"]},
            "weights": final.as_dict(),
        }
    return model


def dump(model: dict) -> str:
    return json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lawgov_nlp.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."), help="checkout holding seeds/ and benchmarks/")
    parser.add_argument("-o", "--out", type=Path, default=data_path("attachment_model.json"))
    parser.add_argument("--check", action="store_true",
                        help="only compare the training data's hash with the shipped model's; exit 1 if stale")
    parser.add_argument("--cv", action="store_true",
                        help="print the document-grouped cross-validated accuracy of the final decision "
                             "(rules + scorer with its margins) per training set, and write nothing")
    args = parser.parse_args(argv)
    if args.cv:
        from .language import load
        from .learned.training import cross_validate, cv_table, load_training_sets

        rows = cross_validate(load(config={"lawgov_attacher": {"scorer": ""}}), load_training_sets(args.root),
                              **FIT_ARGS)
        print(cv_table(rows))
        return 0
    if args.check:
        from .learned.training import data_hash, load_training_sets

        shipped = json.loads(args.out.read_text(encoding="utf-8"))
        now = data_hash(load_training_sets(args.root))
        if shipped["data_hash"] != now:
            print(f"{args.out} was trained on other data (retrain: python -m lawgov_nlp.train)", file=sys.stderr)
            return 1
        print("model matches the training data")
        return 0
    model = train(args.root)
    args.out.write_text(dump(model), encoding="utf-8")
    print(f"wrote {args.out}: " + "; ".join(f"{role} {len(model[role]['weights'])} weights, margin "
                                             f"{model[role]['margin']}" for role in ("activity", "object")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
