"""``python benchmarks/numerals_peer.py``: to_number on a peer's published test suite.

cn2an (PyPI, MIT) ships its own test cases inside the package
(``cn2an/cn2an_test.py``: Chinese numerals in four modes — strict, normal,
smart, direct — with expected values, and strings each mode must refuse).
This script loads them from the installed package at run time (they are
not copied into this repository), scores cn2an itself, chinese2digits and
``lawgov_nlp.to_number`` on them, and prints the table recorded in
``benchmarks/README.md``. Requires ``pip install cn2an chinese2digits``.

Protocol. to_number has one mode, so every case is one call:
* each positive case (the strict, normal and smart dicts, and the direct
  dict read as a number: "零一" → 1) must return the expected value
  (``math.isclose``, rel 1e-12);
* each negative case must be refused: the strings the suite expects to fail
  in every mode (its error lists minus anything it accepts in another mode,
  e.g. 一一 is a strict-mode error but normal-mode 11).
cn2an is scored twice: with the mode the suite uses for each dict (its own
protocol, the reference score) and in its most permissive ``smart`` mode
for everything (one mode, like to_number). chinese2digits
(``takeNumberFromString``, the single number it finds) is scored with the
same one-call protocol.
"""
from __future__ import annotations

import importlib
import math
import sys
from collections import OrderedDict
from pathlib import Path

# Measure the lawgov_nlp of this checkout, not whichever one is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def load_suite():
    try:
        mod = importlib.import_module("cn2an.cn2an_test")
    except ImportError as e:  # pragma: no cover - depends on the environment
        sys.exit(f"cn2an is not installed ({e}); pip install cn2an")
    case = mod.Cn2anTest()
    case.setUp()
    strict = dict(case.strict_data_dict)
    normal = {k: v for k, v in case.normal_data_dict.items() if k not in strict}
    smart = {k: v for k, v in case.smart_data_dict.items() if k not in strict and k not in normal}
    direct = dict(case.direct_data_dict)
    accepted = set(case.smart_data_dict) | set(direct)
    errors = [e for e in dict.fromkeys(case.error_strict_datas) if e not in accepted]
    return OrderedDict([
        ("strict", ("strict", strict)), ("normal", ("normal", normal)),
        ("smart", ("smart", smart)), ("direct", ("direct", direct)),
    ]), errors


def _close(got, want) -> bool:
    try:
        return math.isclose(float(got), float(want), rel_tol=1e-12, abs_tol=1e-15)
    except (TypeError, ValueError):
        return False


def _call(fn, text):
    try:
        return True, fn(text)
    except Exception:  # noqa: BLE001 - a peer may raise anything on bad input
        return False, None


def systems():
    import cn2an

    from lawgov_nlp import to_number

    ca = cn2an.Cn2An()
    out = OrderedDict()
    out["cn2an (suite's mode per case)"] = lambda text, mode: ca.cn2an(text, mode)
    out["cn2an (smart, one mode)"] = lambda text, mode: ca.cn2an(text, "smart")
    try:
        import chinese2digits as c2d

        def c2d_one(text, mode):
            r = c2d.takeNumberFromString(text, percentConvert=True)
            if len(r["digitsStringList"]) != 1 or r["replacedText"] != r["digitsStringList"][0]:
                raise ValueError("not exactly one number covering the whole string")
            return float(r["digitsStringList"][0])
        out["chinese2digits 6.0.2"] = c2d_one
    except ImportError:  # pragma: no cover
        pass
    out["lawgov_nlp.to_number"] = lambda text, mode: to_number(text)
    return out


def score():
    suite, errors = load_suite()
    rows = []
    fails = {}
    for name, fn in systems().items():
        own = name.startswith("cn2an (suite")
        counts = OrderedDict()
        bad = []
        for cat, (mode, cases) in suite.items():
            ok = 0
            for text, want in cases.items():
                good, got = _call(lambda t: fn(t, mode), text)
                if own and cat == "direct":
                    hit = good and got == want
                else:
                    hit = good and _close(got, want)
                ok += hit
                if not hit:
                    bad.append((cat, text, want, got if good else "refused"))
            counts[cat] = (ok, len(cases))
        ok = 0
        for text in errors:
            good, got = _call(lambda t: fn(t, "strict"), text)
            ok += not good
            if good:
                bad.append(("error", text, "refused", got))
        counts["must refuse"] = (ok, len(errors))
        rows.append((name, counts))
        fails[name] = bad
    return rows, fails


def main(argv=None) -> int:
    import cn2an

    rows, fails = score()
    cats = list(rows[0][1])
    print(f"cn2an {getattr(cn2an, '__version__', '')} test suite (cn2an/cn2an_test.py, loaded from the installed package)")
    head = f"{'system':<32}" + "".join(f"{c + ' (' + str(rows[0][1][c][1]) + ')':>18}" for c in cats) + f"{'all':>14}"
    print(head)
    print("-" * len(head))
    for name, counts in rows:
        ok = sum(v[0] for v in counts.values())
        n = sum(v[1] for v in counts.values())
        cells = "".join(f"{v[0]:>11}  {v[0] / v[1]:.3f}" if v[1] else f"{'—':>18}" for v in counts.values())
        print(f"{name:<32}{cells}{ok:>7}/{n} {ok / n:.3f}")
    if "-v" in (argv or sys.argv[1:]):
        for name, bad in fails.items():
            print(f"\n{name}: {len(bad)} wrong")
            for b in bad:
                print("  ", b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
