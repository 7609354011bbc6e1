"""The systems the benchmark runs: lawgov_nlp and what a user would pick instead.

Every system has a ``name``, the ``fields`` it predicts (the scorer scores only
those), ``gold_kinds`` (the gold rows it is scored on; None = all), an
``available()`` check that never raises (``reason`` says why not), and
``extract(text, doc_id) -> list[dict]`` giving rows in gold shape.

Peers (optional, the ``[bench]`` extra):

- ``regex``: lawgov_nlp's own numeral pattern followed by a unit of its unit
  lexicon; no filters, no attachment: the floor each later stage improves on.
- ``recognizers``: Microsoft Recognizers-Text, Chinese number, percentage and
  currency models (longest non-overlapping results win).
- ``jionlp``: ``jionlp.ner.extract_money``, scored on the money rows only.
"""
from __future__ import annotations

import contextlib
import io

from .gold import GOLD_KEYS
from .scorer import ATTRIBUTES, as_rows

#: Markers the regex baseline keeps inside a span (no qualifier is derived).
APPROX_INSIDE = "[余多]"
APPROX_AFTER = "以上|以下|左右|上下"
PERCENT_PREFIX = "百分之"


def quantity_row(doc_id, text: str, start: int, end: int, value, unit=None, kind=None,
                 value_high=None) -> dict:
    """A row in gold shape with only the quantity fields filled."""
    row = dict.fromkeys(GOLD_KEYS)
    row.update(doc_id=doc_id, start=start, end=end, text=text[start:end], value=value,
               value_high=value_high, unit=unit, kind=kind)
    return row


class System:
    """Base class: ``_prepare`` imports and builds; ``_extract`` runs."""

    name = "system"
    fields: tuple[str, ...] = ("value", "unit")
    gold_kinds: frozenset[str] | None = None
    note = ""

    def __init__(self):
        self.reason: str | None = None
        self._ready: bool | None = None

    def available(self) -> bool:
        """True when the system imports and builds; else ``reason`` says why."""
        if self._ready is None:
            try:
                with contextlib.redirect_stdout(io.StringIO()):  # silence import banners
                    self._prepare()
                self._ready = True
            except ImportError as err:
                ours = (err.name or "").startswith("lawgov_nlp")
                self._ready, self.reason = False, f"{'import failed' if ours else 'not installed'} ({err})"
            except Exception as err:  # noqa: BLE001 - a broken peer must not stop the run
                self._ready, self.reason = False, f"unavailable ({type(err).__name__}: {err})"
        return self._ready

    def extract(self, text: str, doc_id: str) -> list[dict]:
        if not self.available():
            raise RuntimeError(f"{self.name} is {self.reason}")
        return self._extract(text, doc_id)

    def _prepare(self) -> None:
        raise NotImplementedError

    def _extract(self, text: str, doc_id: str) -> list[dict]:
        raise NotImplementedError


class Lawgov(System):
    """lawgov_nlp itself, through :func:`lawgov_nlp.extract`."""

    name = "lawgov_nlp"
    fields = ATTRIBUTES

    def _prepare(self) -> None:
        from lawgov_nlp import extract

        self._run = extract

    def _extract(self, text, doc_id):
        return [{key: row.get(key) for key in GOLD_KEYS} for row in as_rows(self._run(text, doc_id=doc_id))]


class LawgovRules(Lawgov):
    """lawgov_nlp with the attachment rules alone (the learned scorer off): what
    the learned component adds is the difference between the two rows."""

    name = "lawgov_rules"

    def _prepare(self) -> None:
        from lawgov_nlp import extract
        from lawgov_nlp.language import load

        nlp = load(config={"lawgov_attacher": {"scorer": ""}})
        self._run = lambda text, doc_id=None: extract(text, doc_id=doc_id, nlp=nlp)


def _source(pattern) -> str:
    """The source of a pattern given as a string or a compiled pattern."""
    return getattr(pattern, "pattern", pattern)


class RegexBaseline(System):
    """A numeral of the project's pattern + a unit of its lexicon, nothing else."""

    name = "regex"
    fields = ("value", "unit", "kind")
    note = "numeral + unit lexicon, no filters"

    def _prepare(self) -> None:
        import regex

        from lawgov_nlp.numerals import NUMERAL_PATTERN, to_number
        from lawgov_nlp.units import load_units, unit_pattern

        self._to_number, self._units = to_number, load_units()
        self._pattern = regex.compile(
            f"(?P<num>{_source(NUMERAL_PATTERN)}){APPROX_INSIDE}?"
            f"(?P<unit>{_source(unit_pattern(self._units))})?(?:{APPROX_AFTER})?"
        )

    def _row(self, match, text, doc_id) -> dict | None:
        number, surface = match.group("num"), match.group("unit")
        if not surface and not number.startswith(PERCENT_PREFIX):
            return None
        try:
            value = self._to_number(number)
        except ValueError:
            return None
        entry = self._units.get(surface) if surface else None
        if entry is not None:
            value, unit, kind = value * entry.scale, entry.unit, entry.kind
        else:
            unit, kind = (surface, None) if surface else ("%", "percent")
        return quantity_row(doc_id, text, match.start(), match.end(), value, unit, kind)

    def _extract(self, text, doc_id):
        rows = (self._row(m, text, doc_id) for m in self._pattern.finditer(text))
        return [row for row in rows if row is not None]


#: Recognizers-Text result type -> (kind, unit when the resolution has none).
_RECOGNIZER_TYPES = {"currency": ("money", "元"), "percentage": ("percent", "%"), "number": (None, None)}


class Recognizers(System):
    """Microsoft Recognizers-Text, Chinese: number, percentage, currency."""

    name = "recognizers"
    fields = ("value", "unit", "kind")
    note = "number + percentage + currency"

    def _prepare(self) -> None:
        from recognizers_number import Culture, NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer

        numbers = NumberRecognizer(Culture.Chinese)
        units = NumberWithUnitRecognizer(Culture.Chinese)
        # Most specific first: a currency or percentage beats the number inside it.
        self._models = (units.get_currency_model(), numbers.get_percentage_model(),
                        numbers.get_number_model())

    @staticmethod
    def _row(result, text, doc_id) -> dict | None:
        kind, unit = _RECOGNIZER_TYPES.get(result.type_name, (None, None))
        resolution = result.resolution or {}
        if result.type_name == "currency" and resolution.get("isoCurrency") not in (None, "CNY"):
            unit = resolution.get("unit")
        try:
            value = float(str(resolution.get("value", "")).rstrip("%").replace(",", ""))
        except ValueError:
            value = None
        # Recognizers-Text ends are inclusive.
        return quantity_row(doc_id, text, result.start, result.end + 1, value, unit, kind)

    def _extract(self, text, doc_id):
        taken: list[tuple[int, int]] = []
        rows = []
        for model in self._models:
            for result in model.parse(text):
                span = (result.start, result.end + 1)
                if any(s < span[1] and span[0] < e for s, e in taken):
                    continue
                taken.append(span)
                rows.append(self._row(result, text, doc_id))
        return sorted(rows, key=lambda row: (row["start"], row["end"]))


class JioNLPMoney(System):
    """JioNLP's money extractor; scored on gold money rows only."""

    name = "jionlp"
    fields = ("value", "unit")
    gold_kinds = frozenset({"money"})
    note = "extract_money, money rows only"

    def _prepare(self) -> None:
        import jionlp

        self._run = jionlp.ner.extract_money

    def _extract(self, text, doc_id):
        rows = []
        for entity in self._run(text, with_parsing=True):
            detail = entity.get("detail") or {}
            numbers = detail.get("num")
            numbers = numbers if isinstance(numbers, list) else [numbers]
            low, high = (float(n) for n in (numbers[0], numbers[-1]))
            start, end = entity["offset"]
            unit = detail.get("case") or "元"
            rows.append(quantity_row(doc_id, text, start, end, low, unit, "money",
                                     high if len(numbers) > 1 else None))
        return rows


#: Every system the runner knows, by name, in table order.
SYSTEMS: dict[str, type[System]] = {
    cls.name: cls for cls in (Lawgov, LawgovRules, RegexBaseline, Recognizers, JioNLPMoney)
}


def get_systems(names=None) -> list[System]:
    """Fresh instances of the named systems (all by default); unknown names raise."""
    names = list(SYSTEMS) if names is None else list(names)
    unknown = [name for name in names if name not in SYSTEMS]
    if unknown:
        raise ValueError(f"unknown system(s) {unknown}; known: {list(SYSTEMS)}")
    return [SYSTEMS[name]() for name in names]
