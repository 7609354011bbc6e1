"""The gold-writing helpers of ``benchmarks/reports/annotation/ann_lib.py``
(M, build, show), with the measure units the real-style reports add."""
import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "_reports_ann_lib", Path(__file__).resolve().parents[2] / "annotation" / "ann_lib.py")
_base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_base)
_base.MEAS.update({"千克", "亩", "公顷", "立方米", "分"})

M, build, show, kind_of = _base.M, _base.build, _base.show, _base.kind_of


def write_indicators(stem, specs, inds, outdir):
    """Replace this document's lines in dev/indicators.jsonl: one per gold row
    (``specs`` as given to ``build``, ``inds`` the indicator id or None of each),
    sorted by position; returns them. Written once here for the scripts of r25–r30."""
    import json
    assert len(specs) == len(inds), (len(specs), len(inds))
    t = Path(outdir, f"{stem}.txt").read_text(encoding="utf-8")
    recs = []
    for sp, ind in zip(specs, inds):
        cb = t.find(sp["c"])
        q, qs, qe = _base._loc(t, cb, sp["c"], sp["q"])
        _, as_, _ = _base._loc(t, cb, sp["c"], sp["a"])
        recs.append({"doc_id": stem, "start": qs, "end": qe, "text": q, "activity_start": as_, "indicator": ind})
    recs.sort(key=lambda r: (r["start"], r["end"], r["activity_start"] if r["activity_start"] is not None else -1))
    path = Path(outdir, "indicators.jsonl")
    keep = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and json.loads(l)["doc_id"] != stem]
    path.write_text("\n".join(keep + [json.dumps(r, ensure_ascii=False) for r in recs]) + "\n", encoding="utf-8")
    return recs
