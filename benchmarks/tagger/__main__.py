"""``python -m benchmarks.tagger [--gold PATH] [--misses] [--lexicon DIR] [--json PATH]``

Scores the attacher's tagger (``lawgov.jieba_tagger.v1``) on the hand-tagged
clauses of ``benchmarks/tagger/gold.jsonl``: segmentation F1, tag accuracy
(exact and coarse) and governing-word accuracy, on the tune and test splits.
``--misses`` lists the governing words missed on the tune split (never the
test split's). ``--lexicon DIR`` also measures the words of
``DIR/report_verbs.tsv`` in the invented sentences of
``DIR/report_constructions.tsv``.
"""
import argparse
import json
import sys
from pathlib import Path

from lawgov_nlp.evaluate.tagger import score_lexicon, score_tagger

GOLD = Path(__file__).resolve().parent / "gold.jsonl"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.tagger", description=__doc__.split("\n\n")[1])
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--misses", action="store_true", help="list the governing words missed on the tune split")
    ap.add_argument("--lexicon", default=None, help="directory with report_verbs.tsv and report_constructions.tsv")
    ap.add_argument("--json", default=None, help="write the figures here")
    args = ap.parse_args(argv)
    res = score_tagger(args.gold, with_misses=args.misses)
    print(f"tagger gold: {args.gold}")
    head = f"{'split':6} {'scope':6} {'sents':>5} {'tokens':>6} {'segP':>6} {'segR':>6} {'segF1':>6} {'tag=':>6} {'coarse':>6}"
    print(head + f" {'govs':>5} {'gov1tok':>7} {'govAcc':>6}")
    print("-" * (len(head) + 21))
    for split in ("tune", "test", "all"):
        r = res[split]
        for scope in ("all", "words"):
            s = r[scope]
            line = (f"{split:6} {scope:6} {r['sentences']:5d} {s['tokens']:6d} {s['seg_p']:6.3f} {s['seg_r']:6.3f} "
                    f"{s['seg_f1']:6.3f} {s['tag_exact']:6.3f} {s['tag_coarse']:6.3f}")
            if scope == "all":
                line += f" {r['governors']:5d} {r['governor_one_token']:7.3f} {r['governor_accuracy']:6.3f}"
            print(line)
    print("\nby source (governing-word accuracy; words-only segmentation F1 and coarse tag accuracy):")
    for split in ("tune", "test"):
        for kind, b in res[split]["by_source"].items():
            print(f"  {split:5} {kind:9} {b['sentences']:4d} clauses {b['governors']:4d} governors  govAcc {b['governor_accuracy']:.3f}"
                  f"  segF1 {b['words_seg_f1']:.3f}  coarse {b['words_tag_coarse']:.3f}")
    if args.misses:
        print("\ngoverning words missed (tune split):")
        for m in res["tune"].get("governor_misses", []):
            print(f"  {m['id']}  {m['word']}/{m['wanted']}  got {m['got']}   [{m['text']}]")
    if args.lexicon:
        d = Path(args.lexicon)
        lex = score_lexicon(d / "report_verbs.tsv", d / "report_constructions.tsv")
        res["lexicon"] = {k: v for k, v in lex.items() if k != "wrong"}
        print(f"\nlexicon words in invented contexts: {lex['words']} words, one token {lex['one_token']:.3f}, "
              f"right class {lex['accuracy']:.3f}")
        if args.misses:
            for w in lex["wrong"]:
                print(f"  {w['word']}/{w['wanted']}  got {w['got']}")
    if args.json:
        Path(args.json).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
