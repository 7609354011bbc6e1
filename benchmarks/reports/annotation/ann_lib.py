import json
from pathlib import Path

DUR = {"工作日", "天", "日", "小时", "学时", "月"}
MEAS = {"平方米", "米", "公里", "吨", "公斤"}
PCT = {"%", "百分点", "‰"}

def kind_of(u):
    if u == "元": return "money"
    if u in PCT: return "percent"
    if u in DUR: return "duration"
    if u in MEAS: return "measure"
    return "count"

def M(c, q, v, u, a=None, o=None, ql="exact", hi=None, ch=None, k=None):
    return dict(c=c, q=q, v=v, u=u, a=a, o=o, ql=ql, hi=hi, ch=ch, k=k)

def _find_nth(hay, needle, n):
    i = -1
    for _ in range(n):
        i = hay.find(needle, i + 1)
        if i < 0:
            raise ValueError(f"{needle!r} occurrence {n} not found in {hay!r}")
    return i

def _loc(t, ctx_base, ctx, x):
    """x: str | (str, n) | (str, n, other_ctx)"""
    if x is None:
        return None, None, None
    n, base, hay = 1, ctx_base, ctx
    if isinstance(x, tuple):
        if len(x) == 3:
            s, n, oc = x
            assert t.count(oc) == 1, ("other ctx not unique", oc, t.count(oc))
            base, hay = t.find(oc), oc
        else:
            s, n = x
    else:
        s = x
        if hay.count(s) > 1:
            # the first occurrence is taken: say so, it may sit inside another word
            # (法治培训班3期，培训…: a="培训" lands on 培训班; give ("培训", 2))
            print(f"WARNING: {s!r} occurs {hay.count(s)} times in its context, the first is taken: {hay!r}")
    i = _find_nth(hay, s, n)
    return s, base + i, base + i + len(s)

def build(stem, specs, outdir="."):
    t = Path(outdir, f"{stem}.txt").read_text(encoding="utf-8")
    rows = []
    for sp in specs:
        ctx = sp["c"]
        cnt = t.count(ctx)
        assert cnt == 1, ("ctx not unique", ctx, cnt)
        cb = t.find(ctx)
        q, qs, qe = _loc(t, cb, ctx, sp["q"])
        a, as_, ae = _loc(t, cb, ctx, sp["a"])
        o, os_, oe = _loc(t, cb, ctx, sp["o"])
        if qs > 0 and t[qs-1] in "0123456789.,０１２３４５６７８９一二三四五六七八九十百千万两零":
            print("WARNING: mention preceded by numeral char:", q, qs, t[qs-5:qe])
        v = sp["v"]
        if isinstance(v, float) and v.is_integer(): v = int(v)
        hi = sp["hi"]
        if isinstance(hi, float) and hi.is_integer(): hi = int(hi)
        rows.append({"doc_id": stem, "start": qs, "end": qe, "text": q, "value": v,
                     "value_high": hi, "unit": sp["u"], "qualifier": sp["ql"],
                     "kind": sp["k"] or kind_of(sp["u"]), "change": sp["ch"],
                     "activity": a, "activity_start": as_, "activity_end": ae,
                     "object": o, "object_start": os_, "object_end": oe})
    rows.sort(key=lambda r: (r["start"], r["end"], r["activity_start"] if r["activity_start"] is not None else -1))
    with open(Path(outdir, f"{stem}.gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows

def show(rows):
    for r in rows:
        print(f'{r["start"]:5} {r["text"]:<12} {r["value"]!s:>10} {r["value_high"]!s:>4} {r["unit"]:<4} {r["qualifier"]:<9} {r["kind"]:<8} {str(r["change"]):<8} A:{r["activity"]} O:{r["object"]}')
