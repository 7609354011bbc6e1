"""Issue 14: every written form of a Chinese number (tests/data/numeral_forms.tsv)
and property tests over generated numerals (own formatter, not the parser's tables)."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_nlp.errors import NumeralError
from lawgov_nlp.numerals import parse_numeral, to_number

TSV = Path(__file__).parent / "data" / "numeral_forms.tsv"


def _rows():
    for line in TSV.read_text(encoding="utf8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, form, value, qualifier = line.split("\t")
        yield category, form.replace("\\n", "\n"), value, qualifier


ROWS = list(_rows())


def _expected(value: str) -> float:
    return float(Fraction(value)) if "/" in value else float(Decimal(value))


# Simplified -> traditional for every character a numeral may use.
TRAD = str.maketrans({"万": "萬", "亿": "億", "两": "兩", "俩": "倆", "点": "點", "负": "負", "余": "餘",
                      "几": "幾", "来": "來", "贰": "貳", "叁": "參", "陆": "陸", "圆": "圓"})


def test_table_covers_the_issue():
    categories = {r[0] for r in ROWS}
    assert {"approximate", "negative", "fraction", "spaces", "omission", "large", "other"} <= categories
    assert len(ROWS) >= 70


@pytest.mark.parametrize("category,form,value,qualifier", ROWS, ids=[f"{r[0]}:{r[1]}" for r in ROWS])
def test_form(category, form, value, qualifier):
    got = parse_numeral(form)
    assert got.value == _expected(value), form  # exact: the float nearest the stated value
    assert got.qualifier == qualifier
    assert to_number(form) == got.value


@pytest.mark.parametrize("category,form,value,qualifier", ROWS, ids=[f"{r[0]}:{r[1]}" for r in ROWS])
def test_traditional_twin(category, form, value, qualifier):
    twin = form.translate(TRAD)
    assert to_number(twin) == _expected(value), twin


# --------------------------------------------------------------------------
# property tests: a formatter written here, independent of numerals.json
# --------------------------------------------------------------------------

LOWER_DIGITS = "零一二三四五六七八九"
UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = {False: ("", "十", "百", "千"), True: ("", "拾", "佰", "仟")}


def fmt_section(x: int, upper: bool, with_zero: bool, leading: bool) -> str:
    """0 < x < 10000 in Chinese; ``leading`` if it is the first section of the number."""
    digits = UPPER_DIGITS if upper else LOWER_DIGITS
    out = []
    pending_zero = False
    ds = [x // 1000 % 10, x // 100 % 10, x // 10 % 10, x % 10]
    first = next(i for i, d in enumerate(ds) if d)
    for i, d in enumerate(ds):
        power = 3 - i
        if i < first:
            continue
        if d == 0:
            pending_zero = True
            continue
        if pending_zero and (with_zero or power == 0):  # 一百五 would be 150
            out.append(digits[0])
        pending_zero = False
        if d == 1 and power == 1 and leading and i == first and not upper:
            out.append(UNITS[upper][1])  # 十五, not 一十五
        else:
            out.append(digits[d] + UNITS[upper][power])
    return "".join(out)


def fmt_chinese(n: int, upper: bool = False, with_zero: bool = True, trad: bool = False) -> str:
    """n < 10**16 in 小写 or 大写 Chinese with 万/亿 grouping, 零 written or omitted.

    Without 零, a 零 before a lone final digit stays: 一百五 and 一万五 are the
    colloquial 150 and 15000, so 105 and 10005 cannot drop it."""
    digits = UPPER_DIGITS if upper else LOWER_DIGITS
    if n == 0:
        return digits[0]
    wan, yi = ("萬", "億") if trad else ("万", "亿")
    groups = []  # (value < 10**8, suffix)
    hi, lo = divmod(n, 10**8)
    out = []
    started = False

    def below_yi(x: int, lead: bool) -> str:
        s = []
        h, l = divmod(x, 10**4)
        if h:
            s.append(fmt_section(h, upper, with_zero, lead) + wan)
        if l:
            if h and l < 1000 and (with_zero or l < 10):
                s.append(digits[0])
            s.append(fmt_section(l, upper, with_zero, lead and not h))
        return "".join(s)

    if hi:
        out.append(below_yi(hi, True) + yi)
        started = True
    if lo:
        if started and lo < 10**7 and (with_zero or lo < 10):
            out.append(digits[0])
        out.append(below_yi(lo, not started))
    del groups
    return "".join(out)


def test_formatter_examples():
    assert fmt_chinese(10250) == "一万零二百五十"
    assert fmt_chinese(10250, with_zero=False) == "一万二百五十"
    assert fmt_chinese(15) == "十五"
    assert fmt_chinese(15, upper=True) == "壹拾伍"
    assert fmt_chinese(100_000_005) == "一亿零五"
    assert fmt_chinese(105, with_zero=False) == "一百零五"
    assert fmt_chinese(4_504_040_000) == "四十五亿零四百零四万"
    assert fmt_chinese(10**15) == "一千万亿"


def add_spaces(s: str, cuts: list[int]) -> str:
    """Insert stray spaces after the given positions, never between two digits
    of one script (there a space separates two numbers)."""
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i in cuts and i + 1 < len(s):
            a, b = c, s[i + 1]
            both_arabic = a.isdigit() and b.isdigit() and a.isascii() and b.isascii()
            both_cn = a in LOWER_DIGITS + UPPER_DIGITS and b in LOWER_DIGITS + UPPER_DIGITS
            if not (both_arabic or both_cn or a == "," or b == ","):
                out.append(" ")
    return "".join(out)


N16 = st.one_of(st.integers(0, 10**16 - 1), st.integers(0, 10**5), st.integers(0, 10**9),
                st.sampled_from([10**k + j for k in range(16) for j in (0, 1, 10)]))


@given(N16, st.booleans(), st.booleans(), st.booleans(), st.lists(st.integers(0, 40), max_size=6))
@settings(max_examples=3000, deadline=None)
def test_chinese_property(n, upper, with_zero, trad, cuts):
    text = fmt_chinese(n, upper=upper, with_zero=with_zero, trad=trad)
    assert to_number(text) == float(n), text
    spaced = add_spaces(text, cuts)
    assert to_number(spaced) == float(n), spaced


@given(N16, st.booleans(), st.booleans(), st.lists(st.integers(0, 30), max_size=4))
@settings(max_examples=2000, deadline=None)
def test_arabic_property(n, separators, fullwidth, cuts):
    text = f"{n:,}" if separators else str(n)
    if fullwidth:
        text = text.translate(str.maketrans("0123456789,", "０１２３４５６７８９，"))
    assert to_number(text) == float(n)
    assert to_number(" " + text + "\t") == float(n)
    assert to_number("-" + text) == -float(n)
    assert to_number("负" + text) == -float(n)


@given(st.integers(0, 10**12), st.integers(0, 10**6), st.integers(0, 6), st.booleans())
@settings(max_examples=1500, deadline=None)
def test_decimal_property(whole, frac, zeros, separators):
    digits = "0" * zeros + str(frac)
    arabic = (f"{whole:,}" if separators else str(whole)) + "." + digits
    want = float(Decimal(f"{whole}.{digits}"))
    assert to_number(arabic) == want
    chinese = fmt_chinese(whole) + "点" + "".join(LOWER_DIGITS[int(d)] for d in digits)
    assert to_number(chinese) == want, chinese
    assert to_number(fmt_chinese(whole) + " 点 " + "".join(LOWER_DIGITS[int(d)] for d in digits)) == want


@given(st.integers(1, 9999), st.integers(0, 9999), st.booleans())
@settings(max_examples=500, deadline=None)
def test_mixed_arabic_wan_with_spaces(a, b, space):
    sp = " " if space else ""
    text = f"{a}{sp}万{sp}{b}" if b >= 10 else f"{a}{sp}万"
    want = a * 10_000 + (b if b >= 10 else 0)
    assert to_number(text) == float(want), text


@given(st.integers(1, 10**6), st.integers(1, 10**6), st.booleans())
def test_fraction_property(den, num, chinese):
    text = (fmt_chinese(den) + "分之" + fmt_chinese(num)) if chinese else f"{num}/{den}"
    assert to_number(text) == float(Fraction(num, den)) or to_number(text) == pytest.approx(num / den, rel=1e-15)


@given(st.integers(1, 10**6))
def test_digits_across_a_space_are_refused(n):
    with pytest.raises(NumeralError):
        to_number(f"{n} {n}")
