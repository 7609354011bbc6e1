"""Numerals as written in Chinese government reports, parsed to numbers.

The reports write one quantity in many ways: ``1818``, ``1,818``, ``１８１８``,
``15.7万``, ``3万4000``, ``伍万``, ``两千零五十``, ``一万五``, ``二〇二四``,
``百分之九十五``, ``十五点七万``; PDF and OCR text adds spaces inside them
(``1000  万``, ``三千 八百 九十六 万``), and ordinary written Chinese adds
approximate multiples (``十多万``), negatives, fractions (``三又三分之一``,
``3/5``) and informal omissions (``一万二百五十``, ``千三``). The quantity
recognizer needs one function that reads all of them (:func:`to_number`,
:func:`parse_numeral` for the approximation qualifier too) and one regex
that finds numerals in running text (:data:`NUMERAL_PATTERN`). Both are
built from the character tables in ``data/numerals.json``.

Why a hand-written grammar and not a library: cn2an 0.5.24 fails 十五点七万 and
百分之百; chinese2digits 6.0.2 fails 百分之百 and reads 1,234.5万 wrongly; both
accept malformed strings (十十, 两三) as numbers, which the recognizer needs to
see rejected (see /work/shared/DEPENDENCIES.md). The grammar below is small,
strict, and has no dependencies. ``benchmarks/numerals_peer.py`` scores it on
cn2an's own published test cases.

Decisions (also stated in :func:`to_number`):

* ``兆`` is 10^6, the mainland legal-metrology prefix (兆瓦 = MW, GB 3100),
  not the classical / Taiwan 10^12. It is read only as a final multiplier
  (``三兆`` = 3e6, ``1.5兆``); ``三兆五`` is refused. It is not part of
  :data:`NUMERAL_PATTERN`: reports never write it as a number.
* ``万万`` is 亿 (``四万万`` = 4e8, ``10万万`` = 1e9, ``一万万分之七``).
  to_number reads it; the quantity grammar refuses it inside a mention
  (``罚款3万万元`` is likelier a typo than 3e8 元, and a silent 3e8 would
  corrupt a money column).
* Approximate multiples (``十多万``, ``500余万``, ``二十几万``, ``一百零几万``,
  ``三十多``, ``十来万``) return the stated base (100000, 5000000, 200000,
  1000000, 30, 100000); :func:`parse_numeral` also returns the qualifier
  (余/多/几 more_than, 来 about). The marker must follow a power word (十百千
  万亿), a 零 (一百零几), or an Arabic integer ending in 0 (``500余``):
  ``5余`` and ``十五多`` are refused.
* Fractions: ``X分之Y`` returns Y/X, ``a/b`` (Arabic integers, one slash)
  returns a/b, mixed numbers ``1 3/5`` and ``A又B分之C`` return A + C/B (the
  sign in front applies to the whole). Each side of ``分之`` may carry its own
  sign (``负3分之负一百五十七`` = 157/3). A slash fraction parses here but the
  quantity grammar never reads ``a/b`` as one mention: in reports a slash is a
  date (2024/11/20), a ratio or a per-unit rate (元/吨).
* ``百分之X`` returns X (in %), ``千分之X`` returns X (in ‰).
* Whitespace (spaces, tabs, 　, line breaks) around a numeral is ignored, and
  inside it too, except between two digits of the same script (``1 2``,
  ``一 二``): there it separates two numbers and the string is refused. The
  one exception is a mixed number ``1 3/5``.
* ``零`` may be omitted or redundant (``一万二百五十`` = 10250, ``一百零十万``
  = 1100000, ``零十`` = 10, ``一万零五千`` = 15000) and a section may drop its
  leading 一 (``千三`` = 1300, ``百三`` = 130, ``一万零百一十一`` = 10111).
* Two-character digit-by-digit strings are read digit by digit (``一一`` =
  11, ``二〇`` = 20, ``零一`` = 1) unless they name an approximate range: two
  consecutive digits (``一二``, ``三四``, ``七八``), ``三五``, or any pair with
  两 (``两三``) are refused, so the recognizer can read ``三四家`` as 3–4.
* Cheque-style amounts (``壹拾壹元整``, ``玖仟陆佰陆拾伍圆壹角捌分``) return
  the amount in 元. ``半百`` = 50, ``N打`` = 12N, ``半打`` = 6; Arabic
  numbers may use a leading point (``.5``), an exponent (``2e5``,
  ``12.32e+14``) or ``k`` (``40k`` = 40000).
"""
from __future__ import annotations

import json
import math
import re
from decimal import Decimal, DecimalException, localcontext
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .errors import Errors, NumeralError

__all__ = [
    "to_number",
    "parse_numeral",
    "Numeral",
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
_RUN_ONLY: frozenset[str] = frozenset(_TABLES["digit_run_only_digits"])
_SMALL: dict[str, int] = _TABLES["small_powers"]
_BIG: dict[str, int] = _TABLES["big_powers"]
_MULT_ONLY: dict[str, int] = _TABLES["multiplier_only_powers"]
_DOUBLED: dict[str, int] = _TABLES["doubled_power"]
_TENS: dict[str, int] = _TABLES["tens"]
_POINTS: frozenset[str] = frozenset(_TABLES["decimal_points"])
_FULLWIDTH = str.maketrans(_TABLES["fullwidth"])
_PERCENT_PREFIXES: tuple[str, ...] = tuple(_TABLES["percent_prefixes"])
_FRACTION_INFIX: str = _TABLES["fraction_infix"]
_APPROX: dict[str, str] = _TABLES["approximate_markers"]
_NEG: tuple[str, ...] = tuple(_TABLES["negative_signs"])
_POS: tuple[str, ...] = tuple(_TABLES["positive_signs"])
_SIGNS = _NEG + _POS
_MIXED: tuple[str, ...] = tuple(_TABLES["mixed_infix"])
_SLASH: str = _TABLES["slash"]
_WORDS: dict[str, int] = _TABLES["words"]
_DOZEN: str = _TABLES["dozen"]
_ARABIC_SUFFIX: dict[str, int] = _TABLES["arabic_suffixes"]
_MONEY = _TABLES["money"]
# Big powers from the highest down: a number below 亿亿 is [L1 亿] L1, L1 is [L0 万] L0.
_BIG_ORDER: tuple[int, ...] = tuple(sorted(set(_BIG.values()), reverse=True))
_BIG_TOP: int = _BIG_ORDER[0]
# Characters to_number reads that running text almost never uses as a numeral
# (倆 in 他倆, 幺 in codes): kept out of NUMERAL_PATTERN and its boundaries.
_PARSE_ONLY: frozenset[str] = _COEFF_ONLY - {"两", "兩"} | _RUN_ONLY

#: Every character that can appear in a Chinese integer numeral found in
#: running text: digits (lower, upper case and variants, 〇 零 两), 十百千 and
#: their upper-case forms, 万亿 (萬億), 廿卅卌. The connectors 点/點 (decimals)
#: and 分之 (percent, fractions) are NOT included: they are ordinary words
#: elsewhere (重点, 部分), so a character class built from this string stays
#: safe to use as a boundary test. Nor are the characters only to_number
#: reads (兆, 倆, 幺, the approximation markers, signs).
CHINESE_NUMERAL_CHARS: str = "".join(
    c for c in dict.fromkeys([*_DIGITS, *_SMALL, *_BIG, *_TENS]) if c not in _PARSE_ONLY
)

# Longest numeral the structured grammar will try (tokens, an Arabic number
# counting as one). Real numerals stay under ~30; the bound keeps recursion
# shallow on adversarial input. Digit-by-digit runs and decimal fraction
# digits are read by plain loops and have no such bound.
_MAX_GRAMMAR_TOKENS = 64

_ARABIC_RE = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?")
# Whole-string Arabic forms read by Decimal directly: .5, 2e5, 12.32e+14.
_ARABIC_SPECIAL_RE = re.compile(r"(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?")
_SPACE_JOIN_RE = re.compile(r"\s+")
_MIXED_SPACE_RE = re.compile(r"([0-9])\s+([0-9]+/[0-9]+)\Z")


class _Fail(Exception):
    """Internal: the token sequence is not a numeral (args[0]: the reason)."""

    def __init__(self, reason: str = "not a well-formed numeral"):
        super().__init__(reason)


class Numeral(NamedTuple):
    """A parsed numeral: its value and how exact the text says it is."""

    value: float
    #: "exact", or from an approximation marker: "more_than" (余/多/几), "about" (来)
    qualifier: str


# A token is (kind, value, text):
#   "A" Arabic number (Decimal), "D" Chinese digit (int), "T" 十百千 (int),
#   "W" 万亿 (int), "X" 廿卅卌 (int), "P" decimal point 点, "M" approximation
#   marker (qualifier), "Z" 兆 (a final multiplier).


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
                raise _Fail("bad digit grouping or a second decimal point")
            toks.append(("A", Decimal(text.replace(",", "")), text))
            continue
        if c in _DIGITS:
            toks.append(("D", _DIGITS[c], c))
        elif c in _SMALL:
            toks.append(("T", _SMALL[c], c))
        elif c in _BIG:
            pair = t[i:i + 2]
            if pair in _DOUBLED:  # 万万 = 亿
                toks.append(("W", _DOUBLED[pair], pair))
                i += 2
                continue
            toks.append(("W", _BIG[c], c))
        elif c in _TENS:
            toks.append(("X", _TENS[c], c))
        elif c in _POINTS:
            toks.append(("P", None, c))
        elif c in _APPROX:
            toks.append(("M", _APPROX[c], c))
        elif c in _MULT_ONLY:
            toks.append(("Z", _MULT_ONLY[c], c))
        else:
            raise _Fail(f"{c!r} is not part of a numeral")
        i += 1
    return toks


class _IntParser:
    """Recursive descent over integer tokens.

    number(k)  := [number(k+1) BIG_k [rest]] | number(k+1)       (BIG_0 = 亿, BIG_1 = 万)
    section    := A | A T [rest] | D T [rest] | 十 [rest] | 百/千 [rest] | 廿 [rest] | D
    rest after a power p:
        零 X          with 0 < X < p                 (一千零五十, 一百零十, 十万零一千)
        d             a lone final digit = d*p/10     (一万五, 三千五, 一百五), p >= 100
        A             an Arabic number < p            (3万4000)
        X             with 0 < X < p, no 零            (一千二百, 一万五千, 一万二百五十)
    两 is a coefficient only: never before 十, never a units digit. A bare
    百/千 starts a section as 一百/一千 (千三 = 1300, 一万零百一十一).
    """

    def __init__(self, toks):
        self.t = toks
        self.n = len(toks)

    def parse(self):
        v, j = self.level(0, 0)
        if j != self.n:
            raise _Fail("ill-formed order of digits and powers")
        return v

    def level(self, k, i):
        if k == len(_BIG_ORDER):
            return self.section(i)
        p = _BIG_ORDER[k]
        hv, j = self.level(k + 1, i)
        if j < self.n and self.t[j][0] == "W" and self.t[j][1] == p:
            if hv == 0:
                raise _Fail("零 before a power word")
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
            return (rv, jj) if 0 < rv < p else (0, j)
        if j + 1 == self.n and p >= 100:
            if kind == "D" and val != 0 and text not in _COEFF_ONLY:
                return val * (p // 10), j + 1
            if kind == "A" and text in "123456789" and len(text) == 1:
                return val * (p // 10), j + 1
        try:
            rv, jj = sub(j)
        except _Fail:
            return 0, j
        ok = (0 <= rv < p) if kind == "A" else (0 < rv < p and (jj - j > 1 or rv >= p // 10))
        return (rv, jj) if ok else (0, j)

    def section(self, i):
        if i >= self.n:
            raise _Fail("a power word with no number")
        t, n = self.t, self.n
        kind, val, text = t[i]
        nxt = t[i + 1][0] if i + 1 < n else None
        if kind == "A":
            if nxt == "T":
                if val == 0:
                    raise _Fail("0 before a power word")
                # any Arabic coefficient: 5千, 25百万 (finance style), 10千 (10千米)
                tv = t[i + 1][1]
                rv, j = self.rest(i + 2, tv, self.section)
                return val * tv + rv, j
            return val, i + 1
        if kind == "X":
            rv, j = self.rest(i + 1, 10, self.section)
            return val + rv, j
        if kind == "T":
            # bare 十/百/千 = 一十/一百/一千 (十五, 千三, 百分之百); 百十一 is no numeral
            if val != 10 and nxt == "T":
                raise _Fail("a bare 百/千 before another power word")
            rv, j = self.rest(i + 1, val, self.section)
            return val + rv, j
        if kind == "D":
            if text in _RUN_ONLY:
                raise _Fail(f"{text} only in a digit-by-digit run")
            if nxt == "T":
                tv = t[i + 1][1]
                if val == 0 or (text in _COEFF_ONLY and tv == 10):
                    raise _Fail("零 or 两 before 十/百/千")
                rv, j = self.rest(i + 2, tv, self.section)
                return val * tv + rv, j
            if text in _COEFF_ONLY and nxt != "W":
                raise _Fail(f"{text} is a coefficient, not a units digit")
            return val, i + 1
        raise _Fail("ill-formed numeral")


def _is_range_pair(a: tuple, b: tuple) -> bool:
    """三四, 两三, 三五: two digits naming an approximate range, not a number."""
    if a[2] in _COEFF_ONLY or b[2] in _COEFF_ONLY:
        return True
    return b[1] == a[1] + 1 and a[1] > 0 or (a[1], b[1]) == (3, 5)


def _parse_integer(toks, pairs_ok: bool = False) -> Decimal:
    n = len(toks)
    if n == 0:
        raise _Fail("no number")
    if n == 1:
        kind, val, text = toks[0]
        if kind in ("A", "D", "T", "X") and text not in _RUN_ONLY:
            return Decimal(val)
        raise _Fail("a power word alone")
    if all(k == "D" for k, _, _ in toks):
        if any(text in _COEFF_ONLY for _, _, text in toks):
            raise _Fail("两 in a digit-by-digit run")
        if n == 2 and not pairs_ok and _is_range_pair(*toks):
            raise _Fail("two adjacent digits name a range (三四 = 3 or 4)")
        return Decimal("".join(str(v) for _, v, _ in toks))
    if n > _MAX_GRAMMAR_TOKENS:
        raise _Fail("too long")
    # 零十 = 十: a leading 零 before a structured numeral is redundant
    i = 0
    while i < n - 1 and toks[i][0] == "D" and toks[i][1] == 0:
        i += 1
    if i:
        if toks[i][0] == "W":
            raise _Fail("零 before a power word")
        toks = toks[i:]
    return Decimal(_IntParser(toks).parse())


def _suffix_multiplier(suffix, allow_small: bool) -> Decimal:
    """[十百千] [万] [亿] after a decimal number: 1.5千万, 2.5万亿, 十五点七万."""
    mult = Decimal(1)
    last = 0
    for idx, (kind, val, _) in enumerate(suffix):
        if kind == "T" and idx == 0 and allow_small:
            pass
        elif kind != "W" or val <= last:
            raise _Fail("ill-formed power words after a decimal")
        last = val
        mult *= val
    return mult


def _strip_approx(toks) -> tuple[list, str]:
    """十多万 → 十万 (more_than): drop the approximation marker after checking its place."""
    at = [i for i, tok in enumerate(toks) if tok[0] == "M"]
    if not at:
        return toks, "exact"
    if len(at) > 1:
        raise _Fail("two approximation markers")
    i = at[0]
    if i == 0 or any(k not in ("W", "Z") for k, _, _ in toks[i + 1:]):
        raise _Fail("an approximation marker must follow a number and precede only 万/亿")
    kind, val, text = toks[i - 1]
    marker = toks[i][2]
    if kind == "D" and val == 0 and marker in "几幾" and i >= 2 and toks[i - 2][0] in ("T", "W"):
        return toks[:i - 1] + toks[i + 1:], toks[i][1]  # 一百零几万: 一百 + 几
    ok = kind in ("T", "W") or (kind == "A" and "." not in text and text.endswith("0")
                                and not (i + 1 < len(toks) and marker in "几幾"))
    if not ok:
        raise _Fail(f"{marker} must follow a power word or a round number")
    return toks[:i] + toks[i + 1:], toks[i][1]


def _parse_plain(t: str) -> tuple[Decimal, str]:
    if not t:
        raise _Fail("no number")
    if t[-1] == _DOZEN and len(t) > 1:  # 一打, 3打
        n, q = _parse_plain(t[:-1])
        return n * 12, q
    if t[-1] in _MULT_ONLY and len(t) > 1:  # 三兆, 1.5兆 = x 10^6
        n, q = _parse_plain(t[:-1])
        return n * _MULT_ONLY[t[-1]], q
    toks = _tokenize(t)
    toks, qualifier = _strip_approx(toks)
    if not toks:
        raise _Fail("no number")
    if any(k == "Z" for k, _, _ in toks):
        raise _Fail("兆 only as a final multiplier")
    n_points = sum(1 for k, _, _ in toks if k == "P")
    dec_arabic = [i for i, (k, _, text) in enumerate(toks) if k == "A" and "." in text]
    if not n_points and not dec_arabic:
        return _parse_integer(toks), qualifier
    if n_points and dec_arabic:
        raise _Fail("two decimal notations")
    if dec_arabic:  # 15.7万, 1.2亿, 1.5千万
        if dec_arabic != [0]:
            raise _Fail("an Arabic decimal inside a numeral")
        return toks[0][1] * _suffix_multiplier(toks[1:], allow_small=True), qualifier
    if n_points != 1:
        raise _Fail("two decimal points")
    p = next(i for i, (k, _, _) in enumerate(toks) if k == "P")
    left, right = toks[:p], toks[p + 1:]
    if right and right[0][0] == "A" and "," not in right[0][2]:  # 一百点123
        frac_digits, m = right[0][2], 1
    else:
        m = 0
        while m < len(right) and right[m][0] == "D" and right[m][2] not in _COEFF_ONLY | _RUN_ONLY:
            m += 1
        frac_digits = "".join(str(v) for _, v, _ in right[:m])
    if not left or m == 0:
        raise _Fail("a decimal point needs digits on both sides")
    suffix = right[m:]
    if suffix and any(k == "W" for k, _, _ in left):
        raise _Fail("power words on both sides of the point")
    frac = Decimal("0." + frac_digits)
    return (_parse_integer(left, pairs_ok=True) + frac) * _suffix_multiplier(suffix, allow_small=False), qualifier


def _split_sign(t: str) -> tuple[int, str]:
    for s in _SIGNS:
        if t.startswith(s):
            return (-1 if s in _NEG else 1), t[len(s):]
    return 1, t


def _parse_signed(t: str, whole: bool = False, part: bool = False) -> tuple[Decimal, str]:
    """[sign] number; ``part``: one side of 分之 or the X of 百分之X (no nested fraction)."""
    sign, t = _split_sign(t)
    if t[:1] in _SIGNS:
        raise _Fail("two signs")
    if part:
        if _FRACTION_INFIX in t or _SLASH in t:
            raise _Fail("a fraction inside a fraction")
        if not t:
            raise _Fail("a sign with no number")
        if "0" <= t[0] <= "9" or t[0] == ".":
            v, q = _parse_unsigned(t, False)
        else:
            v, q = _parse_plain(t)
    else:
        v, q = _parse_unsigned(t, whole)
    return sign * v, q


def _parse_unsigned(t: str, whole: bool) -> tuple[Decimal, str]:
    if not t:
        raise _Fail("a sign with no number")
    if t in _WORDS:
        return Decimal(_WORDS[t]), "exact"
    if "0" <= t[0] <= "9" or t[0] == ".":
        if _ARABIC_SPECIAL_RE.fullmatch(t):  # .5, 2e5, 12.32e+14
            return Decimal(t), "exact"
        if t[-1] in _ARABIC_SUFFIX and _ARABIC_SPECIAL_RE.fullmatch(t[:-1]) and "e" not in t.lower()[:-1]:
            return Decimal(t[:-1]) * _ARABIC_SUFFIX[t[-1]], "exact"  # 40k
    if whole:
        for infix in _MIXED:  # 三百五十又三分之一, 3又一千分之23
            if infix in t:
                head, _, tail = t.partition(infix)
                if not head or not tail or tail[:1] in _SIGNS:
                    raise _Fail("a mixed number needs a whole part and a fraction")
                w, q = _parse_unsigned(head, False)
                f, _q = _parse_fraction(tail)
                if f is None:
                    raise _Fail("又 must be followed by a fraction")
                return w + f, q
        money = _parse_money(t)
        if money is not None:
            return money, "exact"
    f, q = _parse_fraction(t)
    if f is not None:
        return f, q
    return _parse_plain(t)


def _parse_fraction(t: str) -> tuple[Decimal | None, str]:
    for prefix in _PERCENT_PREFIXES:
        if t.startswith(prefix):  # 百分之X = X (%)
            return _parse_signed(t[len(prefix):], part=True)
    if _FRACTION_INFIX in t:
        parts = t.split(_FRACTION_INFIX)
        if len(parts) != 2 or not parts[0] or not parts[1]:
            raise _Fail("分之 needs a denominator and a numerator")
        den, _ = _parse_signed(parts[0], part=True)
        num, q = _parse_signed(parts[1], part=True)
        if den == 0:
            raise _Fail("zero denominator")
        return num / den, q
    if _SLASH in t:
        a, _, b = t.partition(_SLASH)
        if not (a.isdigit() and b.isdigit() and a.isascii() and b.isascii()):
            raise _Fail("a slash fraction needs two Arabic integers (a date or a rate otherwise)")
        if int(b) == 0:
            raise _Fail("zero denominator")
        return Decimal(a) / Decimal(b), "exact"
    return None, "exact"


def _parse_money(t: str) -> Decimal | None:
    """壹拾壹元整, 玖仟陆佰陆拾伍圆壹角捌分: a cheque-style amount, in 元."""
    yuan = next((y for y in _MONEY["yuan"] if y in t), None)
    if yuan is None:
        return None
    head, _, tail = t.partition(yuan)
    if not head:
        raise _Fail("元 with no amount")
    value, q = _parse_plain(head)
    if q != "exact":
        raise _Fail("an approximate cheque amount")
    if tail in _MONEY["whole"] or not tail:
        return value
    jiao, fen = _MONEY["jiao"], _MONEY["fen"]
    rest = tail
    if len(rest) >= 2 and rest[1] == jiao and rest[0] in _DIGITS:
        value += Decimal(_DIGITS[rest[0]]) / 10
        rest = rest[2:]
    if rest[:1] in ("零", "〇"):
        rest = rest[1:]
    if len(rest) == 2 and rest[1] == fen and rest[0] in _DIGITS:
        value += Decimal(_DIGITS[rest[0]]) / 100
        rest = ""
    if rest and rest not in _MONEY["whole"]:
        raise _Fail("a cheque amount must end in 元[整], 角 or 分")
    return value


def _normalize_space(t: str) -> str:
    """Drop whitespace inside a numeral unless it separates two digits of one script."""
    t = t.strip()
    if not any(c.isspace() for c in t):
        return t
    t = _MIXED_SPACE_RE.sub(lambda m: m.group(1) + _MIXED[0] + m.group(2), t)  # 1 3/5
    parts = _SPACE_JOIN_RE.split(t)
    for a, b in zip(parts, parts[1:]):
        x, y = a[-1], b[0]
        if ("0" <= x <= "9" and "0" <= y <= "9") or (x in _DIGITS and y in _DIGITS):
            raise _Fail("whitespace between two digits: two numbers, not one")
    return "".join(parts)


def _parse(s: str) -> tuple[Decimal, str]:
    t = _normalize_space(s.translate(_FULLWIDTH))
    if not t:
        raise _Fail("empty")
    return _parse_signed(t, whole=True)


_FAST_RE = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,6})?")
_EXACT = "exact"


def parse_numeral(s: str) -> Numeral:
    """Like :func:`to_number`, also returning the qualifier the numeral itself
    states: ``parse_numeral("500余万") == Numeral(5000000.0, "more_than")``."""
    if not isinstance(s, str) or not s:
        raise NumeralError(Errors.E002.format(text=s, reason="not a non-empty string"))
    if _FAST_RE.fullmatch(s):  # plain Arabic: float() is exact-nearest as Decimal is
        return Numeral(float(s), _EXACT)
    return _parse_numeral_cached(s) if len(s) <= 64 else _parse_numeral(s)


def _parse_numeral(s: str) -> Numeral:
    try:
        with localcontext() as ctx:
            ctx.prec = 40
            value, qualifier = _parse(s)
            result = float(value)
    except _Fail as e:
        raise NumeralError(Errors.E002.format(text=s, reason=e.args[0])) from None
    except (DecimalException, OverflowError, RecursionError):
        raise NumeralError(Errors.E002.format(text=s, reason="value out of range")) from None
    if not math.isfinite(result):
        raise NumeralError(Errors.E002.format(text=s, reason="value too large for a float"))
    return Numeral(result + 0.0, qualifier)  # + 0.0: no -0.0


# Reports repeat the same numerals; a small cache keeps the hot path cheap.
_parse_numeral_cached = lru_cache(maxsize=8192)(_parse_numeral)


def to_number(s: str) -> float:
    """Parse one numeral as written in a report; raise NumeralError otherwise.

    Accepts Arabic (ASCII or full-width, ``1,818``, ``1,234,567.5``, leading
    zeros, ``.5``, ``2e5``, ``12.32e+14``, ``40k``), Chinese lower/upper case
    and traditional (``两千零五十``, ``壹万伍仟``, ``廿三``, ``倆千兩百貳拾二``),
    mixed (``15.7万``, ``3万4000``, ``25万6千``, ``1,100万``, ``十五点七万``,
    ``一百点123``), colloquial (``一万五`` = 15000, ``三千五`` = 3500, ``千三`` =
    1300, ``百三`` = 130), omitted or redundant 零 (``一万二百五十`` = 10250,
    ``一百零十万`` = 1100000, ``零十`` = 10), digit-by-digit (``二〇二四``,
    ``一一``; two consecutive digits ``三四`` are a range and refused),
    ``百分之X`` / ``千分之X`` (returns X), fractions ``X分之Y`` and ``a/b``
    (Y/X, a/b), mixed numbers (``1 3/5`` = 1.6, ``三百五十又三分之一``,
    ``3又一千分之23`` = 3.023), signs (``负三十二``, ``-10000``,
    ``负3分之负一百五十七``), approximate multiples returning the base
    (``十多万`` = 100000, ``500余万``, ``二十几万``, ``一百零几万`` = 1000000;
    :func:`parse_numeral` gives the qualifier), ``万万`` = 亿 (``四万万`` =
    4e8; the decision: to_number reads the classical form, the quantity
    grammar refuses ``一万万`` in a mention as a likely typo), ``兆`` = 10^6
    as a final multiplier (mainland metrology, as in 兆瓦), ``半百`` = 50,
    ``一打`` = 12, cheque amounts (``壹拾壹元整`` = 11, ``壹拾壹元壹角壹分`` =
    11.11), and whitespace inside (``1000  万``, ``7 万5 千4 百``, ``四百 点 五``)
    except between two digits (``1 2`` is two numbers and is refused).

    Rejected (NumeralError, a ValueError, whose message gives the reason):
    empty or whitespace, any character outside a numeral (``%``, ``五个``),
    bad grouping (``1,2,3``), ``1.2.3``, range pairs (``两三``, ``三四``),
    ill-formed orders (``十十``, ``二十两``, ``三兆五``), approximation markers
    out of place (``5余``, ``十五多``), bare 万/亿, ``点五``, a slash between
    anything but two Arabic integers (``2024/11/20``), zero denominators, and
    values too large for a finite float. Values are exact where the decimal
    value is (``15.7万`` == 157000.0, ``3又一千分之23`` == 3.023).
    """
    return parse_numeral(s).value


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


_D = _cls("".join(c for c in _DIGITS if c not in _PARSE_ONLY))
_D_FRAC = _cls("".join(c for c in _DIGITS if c not in _COEFF_ONLY | _PARSE_ONLY))
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
# Whitespace inside a numeral (PDF/OCR text: 1000  万, 三千 八百 九十六 万,
# 四百 点 五): up to three spaces, or one line break with up to three spaces
# on either side, and only next to a power word or a decimal point, never
# between two digits (1 2, 18⏎18 stay two numbers).
_WS = "[ \t\u3000\u00a0]"
_S = rf"(?:{_WS}{{0,3}}\n{_WS}{{0,3}}|{_WS}{{1,3}})"
_ARABIC_MIXED = rf"{_ARABIC}(?:{_S}?[{_T}{_W}](?:[{_T}{_W}{_X}{_D}{_AD}]|{_S}(?=[{_T}{_W}]))*)?"
_CN_INT = (
    rf"[{_D}{_SMALL_TEN}{_X}](?:[{_D}{_T}{_W}{_X}]|{_S}(?=[{_T}{_W}])"
    rf"|(?<=[{_T}{_W}]){_S}(?=[{_D}{_X}]))*"
)
_CN_DECIMAL = rf"{_S}?[{_PT}]{_S}?[{_D_FRAC}]+[{_W}]*"
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
#:     二十两, 零万, 五六七十 — the run class does not encode order (一万万
#:     parses, as 亿; the quantity grammar refuses it in a mention);
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
