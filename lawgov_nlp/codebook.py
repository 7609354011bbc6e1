"""From mentions to indicators: the codebook, the assignment and the panel.

``lawgov_nlp.indicators(df)`` adds ``indicator``, ``indicator_name`` and
``indicator_area`` to a mention frame; ``lawgov_nlp.panel(df)`` turns a frame
of many reports into one row per (org, year) and one column per indicator,
with the evidence behind every cell and the conflicts between statements.

The codebook is data (``lawgov_nlp/data/indicators.json``, edited by a domain
expert; docs/indicators.md says how). How a mention is matched:

- rows with a ``change`` (同比增长12%, 增加3件) are changes, not levels: no indicator;
- the row's ``kind`` must be the indicator's kind (count, money, percent, duration);
- a pattern is a set of regular expressions that must all match (see
  :func:`row_context` for the texts they are matched against); the most
  specific matching pattern (most keys) wins, then the indicator listed first;
- a figure right after 由/从 (由上年的91.3%提升至97.1%) is a baseline: no indicator;
- a mention whose clause matches the codebook's ``exclude`` ``clause`` (data, like the patterns)
  is about a part or an average, not a level in the report's scope (部分监管所仅有执法人员3人,
  人均培训40学时), or whose next words match its ``after`` (a headcount taking part:
  1,580名执法人员参加培训和考试): no indicator;
- a **breakdown** row (after 其中, or inside a （含…） parenthesis, with a number
  before it in the sentence: 审结58件，其中维持39件; or in a sentence that
  opens with 其中, whose parent is in the sentence before) may only take an indicator
  marked ``"breakdown": "allow"``, and never the indicator of its parent (the
  last mention of the same kind and unit before the 其中): a part is not counted as its
  total again;
- an indicator marked ``"one_total": true`` has one total per document: a statement of it
  below the largest one of the same document (查处高价倒票案件5起 beside 立案查处违法案件127起)
  is a part of that total: no indicator.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

CODEBOOK_PATH = Path(__file__).parent / "data" / "indicators.json"
KINDS = ("count", "money", "percent", "duration")
PATTERN_KEYS = ("text", "activity", "object", "sentence", "section", "unit", "not", "unless")
#: Keys of the codebook's ``exclude``: ``clause`` is searched in the mention's clause, ``after`` in the
#: words right after the mention up to the next clause break or number (see :func:`row_context`).
EXCLUDE_KEYS = ("clause", "after")
NEGATIVE_KEYS = ("not", "unless")
INDICATOR_COLUMNS = ("indicator", "indicator_name", "indicator_area")

#: Duration units in the panel: days (a 工作日 counts as a day; the evidence keeps the text).
DURATION_DAYS = {"工作日": 1.0, "个工作日": 1.0, "天": 1.0, "日": 1.0, "个月": 30.0, "月": 30.0,
                 "周": 7.0, "年": 365.0, "小时": 1 / 24, "个小时": 1 / 24, "分钟": 1 / 1440}
CANONICAL_UNITS = {"money": "元", "percent": "%", "duration": "日"}

_CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n]")
_DIGIT = re.compile(r"[0-9０-９]")
_BREAKDOWN = re.compile(r"其中|[（(]含")
#: A figure after 由/从 (由上年的91.3%提升至97.1%, 时限由20个工作日压缩至7个) is the old value.
_BASELINE = re.compile(r"(由|从)(上年的?|去年的?|原来的?|原|法定的?)?\s*\Z")


# --- the codebook -----------------------------------------------------------------

@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    area: str
    area_name: str
    kind: str
    breakdown: str
    patterns: tuple  # of dict key -> compiled regex
    #: one total per document: a smaller statement of it is a part of the largest (see :func:`assign`)
    one_total: bool = False


@dataclass
class Codebook:
    indicators: list[Indicator]
    areas: dict[str, str]
    path: str = ""
    #: ``clause`` -> compiled regex: a mention whose clause matches takes no indicator
    exclude: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.indicators)

    def __contains__(self, indicator_id) -> bool:
        return indicator_id in self.by_id

    @property
    def by_id(self) -> dict[str, Indicator]:
        return {ind.id: ind for ind in self.indicators}

    @property
    def ids(self) -> list[str]:
        return [ind.id for ind in self.indicators]

    def frame(self) -> pd.DataFrame:
        """The codebook as a table (id, name, area, area_name, kind, breakdown, patterns)."""
        return pd.DataFrame([{"id": i.id, "name": i.name, "area": i.area, "area_name": i.area_name,
                              "kind": i.kind, "breakdown": i.breakdown,
                              "patterns": [{k: r.pattern for k, r in p.items()} for p in i.patterns]}
                             for i in self.indicators])


def _compile(where: str, key: str, pattern: str):
    if key not in PATTERN_KEYS:
        raise ValueError(f"{where}: unknown pattern key {key!r} (known: {', '.join(PATTERN_KEYS)})")
    try:
        return re.compile(rf"(?:{pattern})\Z" if key == "unit" else pattern)
    except re.error as err:
        raise ValueError(f"{where}: bad regular expression for {key!r}: {err}") from err


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Read and check a codebook file (default: the bundled one). Raises ValueError on a bad entry."""
    path = Path(path) if path else CODEBOOK_PATH
    return _load(str(path))


@lru_cache(maxsize=8)
def _load(path: str) -> Codebook:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    areas = data.get("areas", {})
    unknown = set(data.get("exclude", {})) - set(EXCLUDE_KEYS)
    if unknown:
        raise ValueError(f"{path}: unknown exclude key(s) {sorted(unknown)} (known: {', '.join(EXCLUDE_KEYS)})")
    try:
        exclude = {k: re.compile(v) for k, v in data.get("exclude", {}).items()}
    except re.error as err:
        raise ValueError(f"{path}: bad regular expression in exclude: {err}") from err
    indicators, seen = [], set()
    for n, entry in enumerate(data["indicators"]):
        where = f"{path}: indicator {entry.get('id', n)!r}"
        missing = [k for k in ("id", "name", "area", "kind", "patterns") if not entry.get(k)]
        if missing:
            raise ValueError(f"{where}: missing {missing}")
        if entry["id"] in seen:
            raise ValueError(f"{where}: duplicate id")
        seen.add(entry["id"])
        if entry["area"] not in areas:
            raise ValueError(f"{where}: unknown area {entry['area']!r} (known: {', '.join(areas)})")
        if entry["kind"] not in KINDS:
            raise ValueError(f"{where}: kind {entry['kind']!r} not in {KINDS}")
        breakdown = entry.get("breakdown", "never")
        if breakdown not in ("never", "allow"):
            raise ValueError(f"{where}: breakdown must be 'never' or 'allow'")
        if not isinstance(entry.get("one_total", False), bool):
            raise ValueError(f"{where}: one_total must be true or false")
        patterns = tuple({k: _compile(where, k, v) for k, v in p.items()} for p in entry["patterns"])
        if not all(any(k not in NEGATIVE_KEYS for k in p) for p in patterns):
            raise ValueError(f"{where}: a pattern needs at least one key besides 'not' and 'unless'")
        indicators.append(Indicator(entry["id"], entry["name"], entry["area"], areas[entry["area"]],
                                    entry["kind"], breakdown, patterns, entry.get("one_total", False)))
    return Codebook(indicators, dict(areas), path, exclude)


# --- matching ------------------------------------------------------------------------

def _str(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA else str(value)


#: 由上年的18%提高到 / 由20个工作日压缩至: the clause is read from its break, not from the baseline's digits.
_CHANGE_TO = re.compile(r"由[^，,；;。]*?(提高|提升|增加|增长|上升|压缩|缩短|降低|下降|降|减少|精简|整合)(至|到|为)\s*\Z")


def row_context(left: str, activity: str = "", obj: str = "", right: str = "", *,
                coordinated: bool = False) -> dict:
    """The texts a pattern is matched against, from ``left`` (the sentence up to the
    mention) and ``right`` (the sentence after it).

    ``sentence``: ``left``; ``clause``: ``left`` from its last clause break
    (，；：。) or, when later, from just after the last digit (the previous number:
    受理申请50件、办结 -> 件、办结), then the mention, then ``right`` up to its first
    clause break or digit (对412家A级景区开展检查 -> A级景区开展检查), or up to the
    clause break when a list of counts shares its head noun (3个市级、5个县级法治宣传阵地
    -> 市级、个县级法治宣传阵地); ``text``: the
    clause, the activity and the object — only the activity and the object for a
    ``coordinated`` row (参考率和合格率均为100%: two rows share the number);
    ``after``: the words right after the mention, up to the next clause break or
    number (1,580名行政执法人员参加年度网上培训和考试 -> 行政执法人员参加年度网上培训和考试);
    ``markers``: positions in ``left`` of 其中 and of an open （含 (breakdowns).
    """
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(left)]
    digits = [m.end() for m in _DIGIT.finditer(left)]
    cut_break = breaks[-1] if breaks else 0
    cut = max(cut_break, digits[-1] if digits else 0)
    if cut > cut_break and _CHANGE_TO.search(left[cut_break:]):
        cut = cut_break
    after = "" if right[:1] in "、,，" else re.split(r"[，,；;：:。！？!?\n0-9０-９]", right, maxsplit=1)[0]
    if after.endswith("、") and len(after) <= 5 and _DIGIT.match(right, len(after)):
        # 建成3个市级、5个县级法治宣传阵地: the counts of a list share the head noun at its end
        # (short modifiers only: 3次讲授党课、2次带队督察 are two actions)
        after = _DIGIT.sub("", re.split(r"[，,；;：:。！？!?\n]", right, maxsplit=1)[0])
    before = left[cut:]
    if before.endswith("、"):  # 4次带队督导、9次听取汇报: the words before belong to the previous number
        before = ""
    clause = before + " " + after
    markers = [m.start() for m in re.finditer(r"\A\s*其中", left)]  # a sentence opening with 其中
    last_semicolon = max(left.rfind("；"), left.rfind(";"))
    for m in _BREAKDOWN.finditer(left, last_semicolon + 1):
        if m.group().endswith("含") and re.search(r"[）)]", left[m.end():]):
            continue  # the parenthesis closed before the mention
        markers.append(m.start())
    text = " ".join((activity, obj)) if coordinated and (activity or obj) else " ".join((clause, activity, obj))
    return {"sentence": left, "clause": clause, "text": text, "after": after, "markers": markers}


def match(codebook: Codebook, *, kind: str, unit: str, activity: str, obj: str, left: str, right: str = "",
          section: str = "", exclude: str | None = None, breakdown: bool = False,
          coordinated: bool = False) -> Indicator | None:
    """The indicator of one mention (see the module docstring), or None.

    ``breakdown`` says the row is a part of an earlier figure; ``exclude`` is
    that parent's indicator.
    """
    if _BASELINE.search(left):
        return None
    ctx = row_context(left, activity, obj, right, coordinated=coordinated)
    if any(codebook.exclude[key].search(ctx[key]) for key in codebook.exclude):
        return None
    fields = {"text": ctx["text"], "activity": activity, "object": obj, "sentence": ctx["sentence"],
              "section": section, "unit": unit}
    best, best_score = None, 0
    for ind in codebook.indicators:
        if ind.kind != kind or ind.id == exclude or (breakdown and ind.breakdown == "never"):
            continue
        for pattern in ind.patterns:
            if "not" in pattern and pattern["not"].search(ctx["text"]):
                continue
            if "unless" in pattern and pattern["unless"].search(ctx["sentence"]):
                continue
            if all(rx.search(fields[k]) if k != "unit" else rx.match(fields[k])
                   for k, rx in pattern.items() if k not in NEGATIVE_KEYS):
                score = sum(1 for k in pattern if k not in NEGATIVE_KEYS)
                if score > best_score:
                    best, best_score = ind, score
                break
    return best


def _sentences(df: pd.DataFrame, texts: dict | None) -> list[tuple[str, str]]:
    """For each row, the text of its sentence before and after the mention."""
    out = [("", "")] * len(df)
    has_sentence = "sentence" in df.columns
    cursor: dict = {}
    for i, (doc_id, start, end, text, sentence) in enumerate(zip(
            df["doc_id"], df["start"], df["end"], df["text"],
            df["sentence"] if has_sentence else [None] * len(df))):
        doc_text = texts.get(doc_id) if texts else None
        if doc_text is not None and not has_sentence:
            s = max(doc_text.rfind(c, 0, int(start)) for c in "。！？!?\n") + 1
            ends = [p for p in (doc_text.find(c, int(end)) for c in "。！？!?\n") if p >= 0]
            out[i] = (doc_text[s:int(start)], doc_text[int(end):min(ends) if ends else len(doc_text)])
            continue
        sentence, text = _str(sentence), _str(text)
        key = (doc_id, sentence)
        previous_start, previous_pos, previous_end = cursor.get(key, (None, 0, 0))
        if previous_start == start:
            pos = previous_pos
        else:  # the next occurrence after the previous mention (8件 is inside 158件)
            found = sentence.find(text, previous_end)
            pos = found if found >= 0 else sentence.find(text)
            pos = pos if pos >= 0 else len(sentence)
        cursor[key] = (start, pos, pos + len(text))
        out[i] = (sentence[:pos], sentence[pos + len(text):])
    return out


def assign(df: pd.DataFrame, codebook: Codebook | None = None, texts: dict | None = None) -> list[str | None]:
    """The indicator id of each row of ``df`` (None where none fits), in row order."""
    codebook = codebook or load_codebook()
    contexts = _sentences(df, texts)
    get = {c: (df[c].tolist() if c in df.columns else [None] * len(df))
           for c in ("doc_id", "start", "end", "kind", "unit", "change", "activity", "object", "section", "value")}
    spans = list(zip(get["doc_id"], get["start"], get["end"]))
    shared = {span for span, n in pd.Series(spans, dtype=object).value_counts().items() if n > 1} if spans else set()
    out: list[str | None] = [None] * len(df)
    # earlier mentions of the same sentence: (doc, sentence start) -> [(position in sentence, indicator)]
    seen: dict = {}
    for i in range(len(df)):
        left, right = contexts[i]
        sentence_key = (get["doc_id"][i], int(get["start"][i]) - len(left))
        earlier = seen.setdefault(sentence_key, [])
        kind, unit = _str(get["kind"][i]), _str(get["unit"][i])
        if _str(get["change"][i]) or kind not in KINDS:
            continue
        markers = row_context(left)["markers"]
        # a breakdown: a 其中/（含 after an earlier figure of the sentence, or opening it
        marker = next((m for m in reversed(markers)
                       if re.match(r"\s*\Z", left[:m]) or any(e[0] < m for e in earlier)
                       or _DIGIT.search(left[:m])), None)
        exclude = None
        if marker is not None:
            parents = [e for e in earlier if e[0] < marker]
            same = [e for e in parents if (e[2], e[3]) == (kind, unit)]
            if parents and not same:
                marker = None  # a rate or an amount after 其中…件 is not a part of the count
            else:  # the parent: the last earlier figure of the same kind and unit (64件，均在15日内办结，其中41件)
                exclude = same[-1][1] if same else None
        ind = match(codebook, kind=kind, unit=unit,
                    activity=_str(get["activity"][i]), obj=_str(get["object"][i]), left=left, right=right,
                    section=_str(get["section"][i]), exclude=exclude, breakdown=marker is not None,
                    coordinated=spans[i] in shared)
        out[i] = ind.id if ind else None
        earlier.append((len(left), out[i], kind, unit))
    return _parts_of_totals(out, get["doc_id"], get["value"], codebook)


def _parts_of_totals(ids: list, docs: list, values: list, codebook: Codebook) -> list:
    """No indicator for a statement of a ``one_total`` indicator whose value is below the largest
    statement of it in the same document: 查处高价倒票案件5起 in a report that also states
    立案查处文化市场违法案件127起 is a part of that total (a kind of case, one campaign's cases), like a
    其中 breakdown. Restatements of the total (a summary table) have the same value and stay."""
    totals = {ind.id for ind in codebook.indicators if ind.one_total}
    largest: dict = {}
    for ind, doc, value in zip(ids, docs, values):
        if ind in totals and _number(value) is not None:
            largest[(doc, ind)] = max(largest.get((doc, ind), -math.inf), _number(value))
    return [None if ind in totals and _number(value) is not None and _number(value) < largest[(doc, ind)]
            else ind for ind, doc, value in zip(ids, docs, values)]


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def indicators(df: pd.DataFrame, codebook: Codebook | str | Path | None = None, *,
               texts: dict | None = None) -> pd.DataFrame:
    """``df`` (a mention frame) with ``indicator``, ``indicator_name`` and ``indicator_area``.

    Each row gets at most one indicator of the codebook (missing where none
    fits). ``codebook`` is a :class:`Codebook` or a path (default: the bundled
    one). ``texts`` (doc_id -> text) is used for the sentence context when the
    frame has no ``sentence`` column. Returns a copy; ``df`` is not changed.
    """
    book = codebook if isinstance(codebook, Codebook) else load_codebook(codebook)
    out = df.copy()
    ids = assign(out, book, texts) if len(out) else []
    by_id = book.by_id
    out["indicator"] = pd.array(ids, dtype="string")
    out["indicator_name"] = pd.array([by_id[i].name if i else None for i in ids], dtype="string")
    out["indicator_area"] = pd.array([by_id[i].area if i else None for i in ids], dtype="string")
    return out


# --- the panel -------------------------------------------------------------------------

def canonical(value: float, unit: str, kind: str) -> tuple[float, str]:
    """``value`` in the panel's unit: 元 for money, % for percent, days for durations; counts as stated."""
    if kind == "duration" and unit in DURATION_DAYS:
        return value * DURATION_DAYS[unit], "日"
    return value, CANONICAL_UNITS.get(kind, unit)


EVIDENCE_COLUMNS = ["org", "year", "indicator", "indicator_name", "value", "unit", "text", "qualifier",
                    "doc_id", "start", "end", "sentence", "section", "chosen"]


@dataclass
class Panel:
    """The result of :func:`panel`.

    ``wide``: one row per (org, year), one column per indicator (codebook
    order), values in canonical units. ``evidence``: one row per mention behind
    a cell (``chosen`` marks the one whose value is in the cell).
    ``conflicts``: the evidence rows of the cells whose statements disagree.
    Unpacks as ``wide, evidence, conflicts = lawgov_nlp.panel(df)``.
    """

    wide: pd.DataFrame
    evidence: pd.DataFrame
    conflicts: pd.DataFrame
    codebook: Codebook = field(repr=False, default=None)

    def __iter__(self):
        return iter((self.wide, self.evidence, self.conflicts))

    def trace(self, org, year=None, indicator=None) -> pd.DataFrame:
        """The evidence of one cell (or of one org, or one org-year): where each number was read."""
        ev = self.evidence
        mask = ev["org"] == org
        if year is not None:
            mask &= ev["year"] == year
        if indicator is not None:
            mask &= ev["indicator"] == indicator
        return ev[mask.fillna(False)]

    def long(self) -> pd.DataFrame:
        """The chosen cells as a long frame (org, year, indicator, indicator_name, value, unit)."""
        chosen = self.evidence[self.evidence["chosen"]]
        return chosen[["org", "year", "indicator", "indicator_name", "value", "unit"]].reset_index(drop=True)

    def save(self, path: str | Path) -> list[Path]:
        """Write the panel to ``path`` (.csv, .parquet or .xlsx): the wide table there, the evidence
        and the conflicts beside it (``<stem>.evidence.<ext>``, ``<stem>.conflicts.<ext>``), or as
        sheets of one workbook for .xlsx. Returns the paths written."""
        path = Path(path)
        suffix = path.suffix.lower()
        tables = {"panel": self.wide.reset_index(), "evidence": self.evidence, "conflicts": self.conflicts}
        if suffix == ".xlsx":
            with pd.ExcelWriter(path) as writer:
                for name, table in tables.items():
                    table.to_excel(writer, sheet_name=name, index=False)
            return [path]
        if suffix not in (".csv", ".parquet"):
            raise ValueError(f"cannot tell the format from {path.name!r}: use .csv, .parquet or .xlsx")
        written = []
        for name, table in tables.items():
            target = path if name == "panel" else path.with_name(f"{path.stem}.{name}{path.suffix}")
            if suffix == ".csv":
                table.to_csv(target, index=False)
            else:
                table.to_parquet(target, index=False)
            written.append(target)
        return written


def _keys(df: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    doc = df["doc_id"].astype("string")
    org = df["org"].astype("string").fillna(doc) if "org" in df.columns else doc
    year = df["year"].astype("Int64") if "year" in df.columns else pd.Series(pd.NA, index=df.index, dtype="Int64")
    return org, year


def choose(statements: pd.DataFrame) -> int:
    """The index of the statement that fills a cell: an exact figure before an approximate
    one (about, more_than …), then the first in document order (the overview's total
    before a section's repetition), then the earlier document."""
    order = statements.assign(_approx=(statements["qualifier"].astype("string") != "exact").astype(int))
    return order.sort_values(["_approx", "doc_id", "start"], kind="stable").index[0]


def panel(df: pd.DataFrame, codebook: Codebook | str | Path | None = None) -> Panel:
    """One row per (org, year), one column per indicator, with evidence and conflicts.

    ``df`` is a mention frame (``extract_many``'s, with ``org`` and ``year``;
    without them each ``doc_id`` is its own org and the year is missing);
    indicators are assigned first when it has no ``indicator`` column. A cell's
    value is chosen by :func:`choose`; when the statements of one cell disagree
    in value, all of them are listed in ``conflicts``.
    """
    book = codebook if isinstance(codebook, Codebook) else load_codebook(codebook)
    if "indicator" not in df.columns:
        df = indicators(df, book)
    rows = df[df["indicator"].notna()].copy()
    org, year = _keys(rows)
    values, units = [], []
    for value, unit, kind in zip(rows["value"], rows["unit"], rows["kind"]):
        v, u = canonical(float(value), _str(unit), _str(kind))
        values.append(v)
        units.append(u)
    by_id = book.by_id
    evidence = pd.DataFrame({
        "org": org.values, "year": year.values, "indicator": rows["indicator"].astype("string").values,
        "indicator_name": [by_id[i].name if i in by_id else None for i in rows["indicator"]],
        "value": values, "unit": units, "text": rows["text"].values,
        "qualifier": rows["qualifier"].values if "qualifier" in rows else None,
        "doc_id": rows["doc_id"].values, "start": rows["start"].values, "end": rows["end"].values,
        "sentence": rows["sentence"].values if "sentence" in rows else None,
        "section": rows["section"].values if "section" in rows else None,
        "chosen": False,
    })
    evidence = evidence.astype({"indicator_name": "string", "unit": "string", "qualifier": "string",
                                "sentence": "string", "section": "string"})
    # a coordinated mention (two rows, one span) is one statement
    evidence = evidence.drop_duplicates(["doc_id", "start", "end", "indicator"]).reset_index(drop=True)
    conflict_index = []
    for _, cell in evidence.groupby(["org", "year", "indicator"], dropna=False, sort=False):
        evidence.loc[choose(cell), "chosen"] = True
        if cell["value"].round(6).nunique() > 1:
            conflict_index += list(cell.index)
    conflicts = evidence.loc[conflict_index].reset_index(drop=True)
    chosen = evidence[evidence["chosen"]]
    order = [i for i in book.ids if i in set(chosen["indicator"])]
    wide = chosen.pivot_table(index=["org", "year"], columns="indicator", values="value",
                              aggfunc="first", dropna=False) if len(chosen) else pd.DataFrame()
    if len(chosen):
        wide = wide.reindex(columns=order)
        wide = wide.dropna(how="all")
        wide.columns.name = None
    else:
        wide = pd.DataFrame(index=pd.MultiIndex.from_tuples([], names=["org", "year"]))
    return Panel(wide, evidence[EVIDENCE_COLUMNS], conflicts[EVIDENCE_COLUMNS], book)


# --- command line ------------------------------------------------------------------------

def cli(argv: list[str]) -> int:
    """``lawgov-nlp panel FILES_OR_DIRS... -o panel.csv|.parquet|.xlsx``."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="lawgov-nlp panel",
        description="Read reports, assign each mention to an indicator of the codebook and write the "
                    "panel: one row per (org, year), one column per indicator. The evidence (every "
                    "number with its sentence) and the conflicts are written beside it "
                    "(<name>.evidence.csv, <name>.conflicts.csv) or as sheets of the .xlsx.")
    parser.add_argument("inputs", nargs="+", metavar="FILES_OR_DIRS")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help=".csv, .parquet (needs pyarrow) or .xlsx (needs openpyxl)")
    parser.add_argument("--codebook", metavar="JSON", help="another codebook file (default: the bundled one)")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    args = parser.parse_args(argv)
    suffix = Path(args.output).suffix.lower()
    needs = {".parquet": "pyarrow", ".xlsx": "openpyxl"}.get(suffix)
    if suffix not in (".csv", ".parquet", ".xlsx"):
        parser.error(f"cannot tell the format from {args.output!r}: use .csv, .parquet or .xlsx")
    if needs:
        try:
            __import__(needs)
        except ImportError:
            parser.error(f"writing {suffix} needs {needs}: pip install {needs}")
    from .batch import extract_many

    df = extract_many([Path(p) for p in args.inputs], n_process=args.jobs or -1)
    result = panel(df, args.codebook)
    written = result.save(args.output)
    errors = df.attrs.get("errors", [])
    print(f"lawgov-nlp: {df['doc_id'].nunique() if len(df) else 0} reports, {len(result.evidence)} indicator "
          f"statements, {len(result.wide)} (org, year) rows x {result.wide.shape[1]} indicators, "
          f"{result.conflicts.groupby(['org', 'year', 'indicator'], dropna=False).ngroups if len(result.conflicts) else 0}"
          f" conflicting cells; written to {', '.join(map(str, written))}", file=sys.stderr)
    for error in errors:
        print(f"  failed: {error.get('path') or error.get('doc_id')}: {error.get('reason')}", file=sys.stderr)
    return 1 if errors else 0
