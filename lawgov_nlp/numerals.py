"""Numerals as written in Chinese government reports, parsed to numbers.

The reports write one quantity in many ways: ``1818``, ``1,818``, ``１８１８``,
``15.7万``, ``3万4000``, ``伍万``, ``两千零五十``, ``一万五``, ``二〇二四``,
``百分之九十五``, ``十五点七万``. The quantity recognizer needs one function that
reads all of them (:func:`to_number`) and one regex that finds them in running
text (:data:`NUMERAL_PATTERN`). Both are built from the character tables in
``data/numerals.json``.

Why a hand-written grammar and not a library: cn2an 0.5.24 fails 十五点七万 and
百分之百; chinese2digits 6.0.2 fails 百分之百 and reads 1,234.5万 wrongly; both
accept malformed strings (十十, 两三) as numbers, which the recognizer needs to
see rejected (see /work/shared/DEPENDENCIES.md). The grammar below is small,
strict, and has no dependencies.

Decisions (also stated in :func:`to_number`):

* ``一万万`` is rejected. Modern reports write 一亿; a doubled power word in a
  report is far more often a typo (``3万万元``) than the classical 万万, and a
  silent 1e8 would corrupt a money column by four orders of magnitude.
* ``1/3`` is rejected. A slash between Arabic numbers in these reports is a
  date (2024/11/20), a ratio or a per-unit (件/次), not a fraction to evaluate.
  ``三分之一`` is accepted (0.333...).
* Two-character digit-by-digit strings (``三四``, ``两三``, ``一二``) are
  rejected: in running text they are approximate ranges (三四家 = 3 or 4).
  Digit-by-digit needs three or more digits (``二〇二四``, ``一二三``).
* ``百分之X`` returns X (in %), ``千分之X`` returns X (in ‰).
"""
from __future__ import annotations

import json
import math
import re
from decimal import Decimal, DecimalException, localcontext
from pathlib import Path

from .errors import Errors, NumeralError

__all__ = [
    "to_number",
    "is_numeral",
    "NUMERAL_PATTERN",
    "CHINESE_NUMERAL_CHARS",
    "NUMERAL_LEFT_BOUNDARY",
]

_DATA_PATH = Path(__file__).parent / "data" / "numerals.json"


def _load_tables(path: Path = _DATA_PATH) -> dict:
    with open(path, encoding="utf8") as f:
        return json.load(f)


_TABLES = _load_tables()

_DIGITS: dict[str, int] = _TABLES["digits"]
_COEFF_ONLY: frozenset[str] = frozenset(_TABLES["coefficient_only_digits"])
_SMALL: dict[str, int] = _TABLES["small_powers"]
_BIG: dict[str, int] = _TABLES["big_powers"]
_TENS: dict[str, int] = _TABLES["tens"]
_POINTS: frozenset[str] = frozenset(_TABLES["decimal_points"])
_FULLWIDTH = str.maketrans(_TABLES["fullwidth"])
_PERCENT_PREFIXES: tuple[str, ...] = tuple(_TABLES["percent_prefixes"])
_FRACTION_INFIX: str = _TABLES["fraction_infix"]
# Big powers from the highest down: a number below 亿亿 is [L1 亿] L1, L1 is [L0 万] L0.
_BIG_ORDER: tuple[int, ...] = tuple(sorted(set(_BIG.values()), reverse=True))

#: Every character that can appear in a Chinese integer numeral: digits (lower,
#: upper case and variants, 〇 零 两), 十百千 and their upper-case forms, 万亿
#: (萬億), 廿卅卌. The connectors 点/點 (decimals) and 分之 (percent, fractions)
#: are NOT included: they are ordinary words elsewhere (重点, 部分), so a
#: character class built from this string stays safe to use as a boundary test.
CHINESE_NUMERAL_CHARS: str = "".join(
    dict.fromkeys([*_DIGITS, *_SMALL, *_BIG, *_TENS])
)

# Longest numeral the structured grammar will try (tokens, an Arabic number
# counting as one). Real numerals stay under ~30; the bound keeps recursion
# shallow on adversarial input. Digit-by-digit runs and decimal fraction
# digits are read by plain loops and have no such bound.
_MAX_GRAMMAR_TOKENS = 64

_ARABIC_RE = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?")


class _Fail(Exception):
    """Internal: the token sequence is not a numeral."""


# A token is (kind, value, text):
#   "A" Arabic number (Decimal), "D" Chinese digit (int), "T" 十百千 (int),
#   "W" 万亿 (int), "X" 廿卅卌 (int), "P" decimal point 点.


def _tokenize(t: str) -> list[tuple[str, object, str]]:
    toks: list[tuple[str, object, str]] = []
    i, n = 0, len(t)
    while i < n:
        c = t[i]
        if "0" <= c <= "9":
            m = _ARABIC_RE.match(t, i)
            text = m.group()
            i = m.end()
            if i < n and t[i] in "0123456789,.":
                raise _Fail  # bad grouping (1,2,3), second point (1.2.3), 1.
            toks.append(("A", Decimal(text.replace(",", "")), text))
            continue
        if c in _DIGITS:
            toks.append(("D", _DIGITS[c], c))
        elif c in _SMALL:
            toks.append(("T", _SMALL[c], c))
        elif c in _BIG:
            toks.append(("W", _BIG[c], c))
        elif c in _TENS:
            toks.append(("X", _TENS[c], c))
        elif c in _POINTS:
            toks.append(("P", None, c))
        else:
            raise _Fail
        i += 1
    return toks


class _IntParser:
    """Recursive descent over integer tokens.

    number(k)  := [number(k+1) BIG_k [rest]] | number(k+1)       (BIG_0 = 亿, BIG_1 = 万)
    section    := A | A T [rest] | D T [rest] | 十 [rest] | 廿 [rest] | D
    rest after a power p:
        零 X          with 0 < X < p/10         (一千零五十, 一万零五)
        d             a lone final digit = d*p/10 (一万五, 三千五, 一百五), p >= 100
        A             an Arabic number < p       (3万4000)
        X             with p/10 <= X < p          (一千二百, 一万五千)
    两 is a coefficient only: never before 十, never a units digit.
    """

    def __init__(self, toks):
        self.t = toks
        self.n = len(toks)

    def parse(self):
        v, j = self.level(0, 0)
        if j != self.n:
            raise _Fail
        return v

    def level(self, k, i):
        if k == len(_BIG_ORDER):
            return self.section(i)
        p = _BIG_ORDER[k]
        hv, j = self.level(k + 1, i)
        if j < self.n and self.t[j][0] == "W" and self.t[j][1] == p:
            if hv == 0:
                raise _Fail  # 零万
            rv, j = self.rest(j + 1, p, lambda m: self.level(k + 1, m))
            return hv * p + rv, j
        return hv, j

    def rest(self, j, p, sub):
        if j >= self.n:
            return 0, j
        kind, val, text = self.t[j]
        if kind == "D" and val == 0:
            try:
                rv, jj = sub(j + 1)
            except _Fail:
                return 0, j
            return (rv, jj) if 0 < rv < p // 10 else (0, j)
        if j + 1 == self.n and p >= 100:
            if kind == "D" and val != 0 and text not in _COEFF_ONLY:
                return val * (p // 10), j + 1
            if kind == "A" and text in "123456789" and len(text) == 1:
                return val * (p // 10), j + 1
        try:
            rv, jj = sub(j)
        except _Fail:
            return 0, j
        ok = (0 <= rv < p) if kind == "A" else (p // 10 <= rv < p)
        return (rv, jj) if ok else (0, j)

    def section(self, i):
        if i >= self.n:
            raise _Fail
        t, n = self.t, self.n
        kind, val, text = t[i]
        nxt = t[i + 1][0] if i + 1 < n else None
        if kind == "A":
            if nxt == "T":
                if val == 0:
                    raise _Fail  # 0千
                # any Arabic coefficient: 5千, 25百万 (finance style), 10千 (10千米)
                tv = t[i + 1][1]
                rv, j = self.rest(i + 2, tv, self.section)
                return val * tv + rv, j
            return val, i + 1
        if kind == "X":
            rv, j = self.rest(i + 1, 10, self.section)
            return val + rv, j
        if kind == "T":
            if val != 10:
                raise _Fail  # bare 百/千 only as a whole numeral (百分之百)
            rv, j = self.rest(i + 1, 10, self.section)
            return 10 + rv, j
        if kind == "D":
            if nxt == "T":
                tv = t[i + 1][1]
                if val == 0 or (text in _COEFF_ONLY and tv == 10):
                    raise _Fail  # 零百, 两十
                rv, j = self.rest(i + 2, tv, self.section)
                return val * tv + rv, j
            if text in _COEFF_ONLY and nxt != "W":
                raise _Fail  # 十两, 一百两
            return val, i + 1
        raise _Fail


def _parse_integer(toks) -> Decimal:
    n = len(toks)
    if n == 0:
        raise _Fail
    if n == 1:
        kind, val, _ = toks[0]
        if kind in ("A", "D", "T", "X"):
            return Decimal(val)
        raise _Fail
    if all(k == "D" for k, _, _ in toks):
        if n < 3 or any(text in _COEFF_ONLY for _, _, text in toks):
            raise _Fail  # 三四, 两三: ranges, not numerals
        return Decimal("".join(str(v) for _, v, _ in toks))
    if n > _MAX_GRAMMAR_TOKENS:
        raise _Fail
    return Decimal(_IntParser(toks).parse())


def _suffix_multiplier(suffix, allow_small: bool) -> Decimal:
    """[十百千] [万] [亿] after a decimal number: 1.5千万, 2.5万亿, 十五点七万."""
    mult = Decimal(1)
    last = 0
    for idx, (kind, val, _) in enumerate(suffix):
        if kind == "T" and idx == 0 and allow_small:
            pass
        elif kind != "W" or val <= last:
            raise _Fail
        last = val
        mult *= val
    return mult


def _parse_plain(t: str) -> Decimal:
    toks = _tokenize(t)
    if not toks:
        raise _Fail
    n_points = sum(1 for k, _, _ in toks if k == "P")
    dec_arabic = [i for i, (k, _, text) in enumerate(toks) if k == "A" and "." in text]
    if not n_points and not dec_arabic:
        return _parse_integer(toks)
    if n_points and dec_arabic:
        raise _Fail
    if dec_arabic:  # 15.7万, 1.2亿, 1.5千万
        if dec_arabic != [0]:
            raise _Fail
        return toks[0][1] * _suffix_multiplier(toks[1:], allow_small=True)
    if n_points != 1:
        raise _Fail
    p = next(i for i, (k, _, _) in enumerate(toks) if k == "P")
    left, right = toks[:p], toks[p + 1:]
    m = 0
    while m < len(right) and right[m][0] == "D" and right[m][2] not in _COEFF_ONLY:
        m += 1
    if not left or m == 0:
        raise _Fail
    suffix = right[m:]
    if suffix and any(k == "W" for k, _, _ in left):
        raise _Fail  # 一万点五万
    frac = Decimal("0." + "".join(str(v) for _, v, _ in right[:m]))
    return (_parse_integer(left) + frac) * _suffix_multiplier(suffix, allow_small=False)


def _parse(s: str) -> Decimal:
    t = s.translate(_FULLWIDTH)
    for prefix in _PERCENT_PREFIXES:
        if t.startswith(prefix):
            return _parse_plain(t[len(prefix):])
    if _FRACTION_INFIX in t:
        parts = t.split(_FRACTION_INFIX)
        if len(parts) != 2:
            raise _Fail
        den, num = _parse_plain(parts[0]), _parse_plain(parts[1])
        if den == 0:
            raise _Fail
        return num / den
    return _parse_plain(t)


_PLAIN_ASCII = re.compile(r"[0-9]+(?:\.[0-9]+)?\Z")


def to_number(s: str) -> float:
    """Parse one numeral as written in a report; raise NumeralError otherwise.

    Accepts Arabic (ASCII or full-width, ``1,818``, ``1,234,567.5``, leading
    zeros), Chinese lower/upper case (``两千零五十``, ``壹万伍仟``, ``廿三``),
    mixed (``15.7万``, ``3万4000``, ``25万6千``, ``1,100万``, ``十五点七万``),
    colloquial (``一万五`` = 15000, ``三千五`` = 3500), digit-by-digit with
    three or more digits (``二〇二四``), ``百分之X`` / ``千分之X`` (returns X)
    and ``X分之Y`` (returns Y/X).

    Rejected (NumeralError, a ValueError): empty or whitespace, any character
    outside a numeral (no sign, no spaces, no ``%``), bad grouping (``1,2,3``),
    ``1.2.3``, two-digit runs (``两三``, ``三四``: ranges), ill-formed orders
    (``十十``, ``二十两``, ``一万零五千``), ``一万万`` (typo far likelier than
    the classical 1e8 in these reports), ``1/3`` (a slash is a date or ratio
    here, not a fraction), zero denominators, and values too large for a
    finite float.
    """
    if not isinstance(s, str) or not s:
        raise NumeralError(Errors.E002.format(text=s))
    if len(s) <= 30 and _PLAIN_ASCII.match(s):
        # 1818, 15.7: most numerals in a report. float() rounds the decimal string
        # correctly, as float(Decimal(s)) does at 40 digits of precision (more than
        # 30 characters hold): the same value, without the grammar (15 us -> 0.3 us).
        return float(s)
    try:
        with localcontext() as ctx:
            ctx.prec = 40
            value = _parse(s)
            result = float(value)
    except (_Fail, DecimalException, OverflowError, RecursionError):
        raise NumeralError(Errors.E002.format(text=s)) from None
    if not math.isfinite(result):
        raise NumeralError(Errors.E002.format(text=s))
    return result


def is_numeral(s: str) -> bool:
    """True when :func:`to_number` accepts ``s``."""
    try:
        to_number(s)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------
# NUMERAL_PATTERN
# --------------------------------------------------------------------------


def _cls(chars: str) -> str:
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


_D = _cls("".join(_DIGITS))
_D_FRAC = _cls("".join(c for c in _DIGITS if c not in _COEFF_ONLY))
_T = _cls("".join(_SMALL))
_W = _cls("".join(_BIG))
_X = _cls("".join(_TENS))
_PT = _cls("".join(sorted(_POINTS)))
_SMALL_TEN = _cls("".join(c for c, v in _SMALL.items() if v == 10))
_SMALL_BARE = _cls("".join(c for c, v in _SMALL.items() if v in (100, 1000)))
_AD = "0-9０-９"
_SEP = ",，"
_DOT = ".．"
_PCT = _cls("".join(sorted({p[0] for p in _PERCENT_PREFIXES})))
_INFIX = re.escape(_FRACTION_INFIX)

_ARABIC = (
    rf"(?:[{_AD}]{{1,3}}(?:[{_SEP}][{_AD}]{{3}})+(?![{_AD}])|[{_AD}]+)"
    rf"(?:[{_DOT}][{_AD}]+)?"
)
_ARABIC_MIXED = rf"{_ARABIC}(?:[{_T}{_W}][{_T}{_W}{_X}{_D}{_AD}]*)?"
_CN_INT = rf"[{_D}{_SMALL_TEN}{_X}][{_D}{_T}{_W}{_X}]*"
_CN_DECIMAL = rf"[{_PT}][{_D_FRAC}]+[{_W}]*"
_CN = rf"{_CN_INT}(?:{_INFIX}{_CN_INT}|{_CN_DECIMAL})?"
_PERCENT = (
    rf"[{_PCT}]{_INFIX}(?:{_ARABIC}|{_CN_INT}(?:{_CN_DECIMAL})?|[{_SMALL_BARE}])"
)

#: Pattern (for ``regex`` or ``re``; no groups, no anchors) for one maximal
#: numeral in running text. Alternatives start on disjoint characters, and
#: each repeated part is a single character class, so matching is linear.
#:
#: It is a lexical superset of what :func:`to_number` accepts. Full matches
#: that ``to_number`` rejects (NumeralError), by design:
#:   * ill-formed Chinese runs: 十十, 三四 / 两三 (ranges), 十四五 (a name),
#:     一万万, 二十两, 零万, 五六七十 — the run class does not encode order;
#:   * Arabic-led tails that break the grammar: 3万40000, 15.7万3千, 0千, 3万4五;
#:   * zero denominators (零分之一) and values beyond float range (huge runs).
#: Also note: a numeral ending in 千/百/十 may have eaten the first character
#: of a unit (5千克, 10万千瓦): let the unit alternation backtrack into it.
#: ，and , inside a digit run count as thousands separators when exactly three
#: digits follow (100，200 reads as 100200).
NUMERAL_PATTERN: str = rf"(?:{_PERCENT}|{_ARABIC_MIXED}|{_CN})"

#: Optional lookbehind to put in front of NUMERAL_PATTERN: no match may start
#: inside a run of digits or numeral characters. Searching for
#: ``NUMERAL_PATTERN + <units>`` without it is quadratic on long numeral runs
#: that are not followed by a unit (each start position rescans the run:
#: ~17 s for a 20,000-char run); with it the search is linear.
NUMERAL_LEFT_BOUNDARY: str = rf"(?<![{_AD}{_cls(CHINESE_NUMERAL_CHARS)}])"
