"""lawgov_nlp.numerals: to_number, NUMERAL_PATTERN, is_numeral."""
from __future__ import annotations

import json
import math
import time
from decimal import Decimal, localcontext

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawgov_nlp import numerals
from lawgov_nlp.errors import NumeralError
from lawgov_nlp.numerals import (
    CHINESE_NUMERAL_CHARS,
    NUMERAL_LEFT_BOUNDARY,
    NUMERAL_PATTERN,
    is_numeral,
    to_number,
)

NUM_RE = regex.compile(NUMERAL_PATTERN)

# --------------------------------------------------------------------------
# hard cases
# --------------------------------------------------------------------------

HARD = [
    # Arabic
    ("0", 0), ("1818", 1818), ("1,818", 1818), ("1,234,567.5", 1234567.5),
    ("00012", 12), ("12.5", 12.5), ("１２３", 123), ("１，８１８", 1818),
    ("１８．５", 18.5), ("0.5", 0.5),
    # mixed Arabic + power words
    ("15.7万", 157000), ("1.2亿", 1.2e8), ("3万4000", 34000), ("25万6千", 256000),
    ("1,100万", 11_000_000), ("1818万", 18_180_000), ("12345万", 123_450_000),
    ("5千", 5000), ("2千万", 2e7), ("1.5千万", 1.5e7), ("2.5万亿", 2.5e12),
    ("3亿4000万", 3.4e8), ("3万5", 35000), ("25百万", 2.5e7), ("10千", 10_000), ("１５．７万", 157000), ("0.5万", 5000),
    # Chinese lower case
    ("十", 10), ("十五", 15), ("一十五", 15), ("二十", 20), ("一百零五", 105),
    ("一百一十五", 115), ("一百十五", 115), ("两千零五十", 2050), ("一千零十", 1010),
    ("一千零一十", 1010), ("一万", 10000), ("十万", 100000), ("一万零五", 10005),
    ("一万零五百", 10500), ("一万五千亿", 1.5e12), ("二十万亿", 2e13),
    ("一万亿", 1e12), ("三亿五千万", 3.5e8), ("一亿零五百万", 105_000_000),
    ("一千二百三十四亿五千六百七十八万九千零一十二", 123_456_789_012),
    ("两", 2), ("两万", 20000), ("两亿", 2e8), ("两百", 200), ("零", 0), ("〇", 0),
    ("百", 100), ("千", 1000), ("兩萬", 20000), ("三億", 3e8),
    ("廿", 20), ("廿三", 23), ("卅", 30), ("卅五", 35),
    # colloquial: a trailing single digit takes the next lower power
    ("一万五", 15000), ("三千五", 3500), ("一百五", 150), ("一亿五", 1.5e8),
    ("一千二百五", 1250), ("三亿零一万五", 300_015_000),
    # upper case
    ("伍万", 50000), ("壹万伍仟", 15000), ("壹佰贰拾", 120), ("壹拾伍", 15),
    ("拾伍", 15), ("贰仟零伍拾", 2050), ("叁亿肆仟万", 3.4e8), ("陸萬", 60000),
    # digit by digit
    ("二〇二四", 2024), ("一二三", 123), ("二○二四", 2024), ("一〇〇", 100),
    # decimals with 点
    ("十五点七万", 157000), ("零点五", 0.5), ("三点一四", 3.14),
    ("一百二十点五", 120.5), ("两点五", 2.5),
    # percent / per mille / fractions
    ("百分之九十五", 95), ("百分之百", 100), ("百分之一百二十", 120), ("百分之12.5", 12.5),
    ("百分之九十五点五", 95.5), ("百分之０．５", 0.5), ("千分之三", 3), ("千分之千", 1000),
    ("三分之一", 1 / 3), ("三分之二", 2 / 3), ("一百分之一", 0.01),
    # issue 14 (the full table: tests/data/numeral_forms.tsv)
    ("  12", 12), ("12 ", 12), (".5", 0.5), ("-5", -5), ("+5", 5), ("二〇", 20), ("一一", 11),
    ("一万万", 1e8), ("零十", 10), ("一万零五千", 15000), ("三亿一万五", 300_015_000),
    ("百万", 1e6), ("1/3", 1 / 3), ("1／3", 1 / 3), ("十几", 10), ("三十多", 30), ("一百余", 100),
]


@pytest.mark.parametrize("text,expected", HARD)
def test_hard_cases(text, expected):
    got = to_number(text)
    assert isinstance(got, float)
    assert got == pytest.approx(expected, rel=1e-15, abs=0)


EXACT = [  # must be exact, not approximately right
    ("15.7万", 157000.0), ("1.2亿", 120000000.0), ("十五点七万", 157000.0),
    ("1,234,567.5", 1234567.5), ("2.5万亿", 2.5e12), ("0.1万", 1000.0),
]


@pytest.mark.parametrize("text,expected", EXACT)
def test_exact_scaling(text, expected):
    assert to_number(text) == expected


REJECTS = [
    "", " ", "\t", "\n", "1 2", "1.2.3", "1,2,3", "1,2345", "1234,567",
    "12,34", ",123", "1.", "1..2", "--5", "负-5", "5%", "%", "１ ２", "一 二 三",
    "两三", "三四", "一二", "三五", "七八",  # consecutive pairs (and 三五, 两X) are ranges
    "十十", "二十两", "十两", "一百两", "两十", "零万",
    "一百零", "一百零零五", "万", "亿", "点五", "十五点", "幺",
    "十四五", "一二三万", "3万40000", "15.7万3千", "0千", "3万4五",
    "零分之一", "0分之1", "三分之", "分之一", "百分之", "百分之三分之一", "1/0",
    "2024/11/20", "1.5/3", "一/三", "1/3/5", "3分之1/2",
    "两点", "十五点两", "一万点五万", "1.5点5", "1.5十五", "亿万", "1.5万千",
    "a", "abc", "五个", "III", "١٢٣", "5余", "十五多", "余", "多万", "十余多", "5几万",
    "三兆五", "兆", "2e", "e5", "k", "40kk", "1又", "又三分之一", "1又2", "1又-1/2",
    "元整", "圆", "负", "零点", "零点点", "零点零大", "10.1万零100", "10..1万",
]


@pytest.mark.parametrize("text", REJECTS)
def test_rejects(text):
    with pytest.raises(NumeralError) as e:
        to_number(text)
    assert isinstance(e.value, ValueError)
    assert "[E002]" in str(e.value)
    assert not is_numeral(text)


def test_decision_wan_wan_is_yi():
    # Documented decision: to_number reads 万万 as 亿; the grammar refuses it
    # in a mention (tests/test_bad_numbers.py: 罚款一万万元).
    assert "万万" in numerals.to_number.__doc__
    assert to_number("一万万") == 1e8
    assert to_number("3万万") == 3e8
    assert to_number("四万万五千万") == 4.5e8


def test_decision_zhao_is_a_million():
    assert "兆" in numerals.to_number.__doc__ and "10^6" in numerals.__doc__
    assert to_number("三兆") == 3e6
    assert to_number("1.5兆") == 1.5e6
    assert to_number("十兆") == 1e7
    with pytest.raises(NumeralError):
        to_number("三兆五")


def test_decision_slash_fraction():
    assert "a/b" in numerals.to_number.__doc__
    assert to_number("1/3") == 1 / 3
    assert to_number("三分之一") == 1 / 3
    with pytest.raises(NumeralError, match="date"):
        to_number("2024/11/20")


def test_reasons_are_given():
    for text, reason in [("三四", "range"), ("1 2", "two numbers"), ("5余", "round number"),
                         ("零分之一", "zero denominator"), ("五个", "not part of a numeral")]:
        with pytest.raises(NumeralError, match=reason):
            to_number(text)


def test_parse_numeral_qualifier():
    assert numerals.parse_numeral("500余万") == (5e6, "more_than")
    assert numerals.parse_numeral("十来万") == (1e5, "about")
    assert numerals.parse_numeral("1818") == (1818.0, "exact")


@pytest.mark.parametrize("bad", [None, 12, 1.5, b"12", ["1"]])
def test_non_string_is_numeral_error(bad):
    with pytest.raises(NumeralError):
        to_number(bad)


def test_huge_values_float_or_numeral_error():
    assert to_number("9999999999999999999万亿") == pytest.approx(9999999999999999999e12)
    for s in ["9" * 400, "9" * 400 + "万亿", "一" * 400, "1" + "0" * 308 + "万",
              "1" * 1_000_001, "9" * 1_000_001 + "万亿"]:
        with pytest.raises(NumeralError):
            to_number(s)


def test_long_inputs_are_fast_and_rejected():
    for s in ["1" * 100_000, "一" * 100_000, "一十" * 50_000, "一万" * 50_000,
              "十" * 100_000, "1,000" * 20_000]:
        t = time.perf_counter()
        with pytest.raises(NumeralError):
            to_number(s)
        assert time.perf_counter() - t < 1.0, s[:10]
    t = time.perf_counter()
    assert to_number("零" * 100_000) == 0.0  # digit by digit, like "00000"
    assert time.perf_counter() - t < 1.0


def test_tables_loaded_once(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("numerals.json read again")

    monkeypatch.setattr(json, "load", boom)
    monkeypatch.setattr(numerals, "_load_tables", boom)
    assert to_number("壹万伍仟") == 15000.0


def test_chinese_numeral_chars():
    for c in "〇零一二两三四五六七八九十百千万亿兩萬億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅":
        assert c in CHINESE_NUMERAL_CHARS
    for c in "点分之个元0":
        assert c not in CHINESE_NUMERAL_CHARS
    assert len(set(CHINESE_NUMERAL_CHARS)) == len(CHINESE_NUMERAL_CHARS)


# --------------------------------------------------------------------------
# NUMERAL_PATTERN
# --------------------------------------------------------------------------

MUST_MATCH = [
    "1818", "1,818", "15.7万", "3万4000", "两千零五十", "伍万", "壹佰贰拾", "百分之九十五",
    "百分之12.5", "十五点七万", "１２３", "25万6千", "1,100万", "一万五千亿", "二十万亿",
    "壹万伍仟", "百分之百", "百分之一百二十", "千分之三", "三分之一", "二〇二四",
    "1,234,567.5", "１，８１８．５", "0.5", "廿三", "两",
]


@pytest.mark.parametrize("text", MUST_MATCH)
def test_pattern_fullmatches_and_parses(text):
    assert NUM_RE.fullmatch(text), text
    assert regex.fullmatch(NUMERAL_LEFT_BOUNDARY + NUMERAL_PATTERN, text)
    to_number(text)


def test_pattern_shape():
    compiled = regex.compile(NUMERAL_PATTERN)
    assert compiled.groups == 0
    assert "(?P<" not in NUMERAL_PATTERN
    for anchor in ("^", "$", r"\b", r"\B", r"\A", r"\Z", r"\G"):
        assert anchor not in NUMERAL_PATTERN
    assert not compiled.match("")  # never matches the empty string


IN_TEXT = [
    ("截至目前共受理审批事项1818件，办结1818件，办结率100％", ["1818", "1818", "100"]),
    ("罚款15.7万元。", ["15.7万"]),
    ("罚款伍万元", ["伍万"]),
    ("满意度达百分之九十五以上", ["百分之九十五"]),
    ("共3万4000人次", ["3万4000"]),
    ("合计1,234,567.5元", ["1,234,567.5"]),
    ("占三分之一", ["三分之一"]),
    ("重点3家", ["3"]),
    ("一万五千亿元", ["一万五千亿"]),
    ("下降十五点七万户", ["十五点七万"]),
    ("约25万6千名", ["25万6千"]),
    ("2024年3月", ["2024", "3"]),
    ("展板40余块", ["40"]),
]


@pytest.mark.parametrize("text,expected", IN_TEXT)
def test_pattern_in_running_text(text, expected):
    assert [m.group() for m in NUM_RE.finditer(text)] == expected


def test_pattern_backtracks_into_units():
    # 5千克: the numeral must give back 千 when the unit needs it.
    m = regex.search(f"({NUMERAL_PATTERN})(千克|公斤)", "重5千克")
    assert m.group(1, 2) == ("5", "千克")


@pytest.mark.parametrize("run", ["1" * 100_000, "一" * 100_000, "１" * 100_000,
                                 "一十" * 50_000, "1万" + "一" * 100_000])
def test_pattern_linear_on_long_runs(run):
    t = time.perf_counter()
    assert NUM_RE.fullmatch(run)
    assert NUM_RE.match(run + "件").end() == len(run)
    assert time.perf_counter() - t < 0.5


@pytest.mark.parametrize("run", ["一" * 20_000, "1" * 20_000, "1万" + "五" * 20_000])
def test_left_boundary_keeps_unit_search_linear(run):
    pat = regex.compile(NUMERAL_LEFT_BOUNDARY + NUMERAL_PATTERN + "(?:件|万件)")
    t = time.perf_counter()
    assert pat.search(run + "x件") is None
    assert time.perf_counter() - t < 1.0


# --------------------------------------------------------------------------
# property tests
# --------------------------------------------------------------------------

LOWER = "零一二三四五六七八九"
UPPER = "零壹贰叁肆伍陆柒捌玖"


def write_chinese(n: int, upper: bool = False, liang: bool = False, trad: bool = False) -> str:
    """Reference writer: standard Chinese numeral for 0 <= n < 10**16.

    零 rules: one 零 for each run of zeros between non-zero digits, inside a
    4-digit section and across 万/亿 boundaries; no trailing 零. Lower case
    omits the 一 of a leading 一十 (十五, 十二万); upper case never does.
    ``liang`` writes 两 for a 2 before 百/千 and for a bare 2 before 万/亿.
    """
    digits = UPPER if upper else LOWER
    small = ("仟", "佰", "拾", "") if upper else ("千", "百", "十", "")
    wan, yi = ("萬", "億") if trad else ("万", "亿")
    if n == 0:
        return digits[0]

    def section(x: int, top: bool) -> str:
        out, zero, started = [], False, False
        for p, u in zip((1000, 100, 10, 1), small):
            d = x // p % 10
            if d == 0:
                zero = zero or started
                continue
            if zero:
                out.append(digits[0])
                zero = False
            if d == 1 and p == 10 and top and not started and not upper:
                out.append(u)
            elif d == 2 and liang and p in (100, 1000):
                out.append("两" + u)
            else:
                out.append(digits[d] + u)
            started = True
        return "".join(out)

    def w(x: int, top: bool) -> str:
        for big, name in ((10**8, yi), (10**4, wan)):
            if x >= big:
                hi, lo = divmod(x, big)
                head = "两" if (liang and hi == 2) else w(hi, top)
                s = head + name
                if lo:
                    s += (digits[0] if lo < big // 10 else "") + w(lo, False)
                return s
        return section(x, top)

    return w(n, True)


def test_reference_writer_examples():
    assert write_chinese(2050) == "二千零五十"
    assert write_chinese(2050, liang=True) == "两千零五十"
    assert write_chinese(15) == "十五"
    assert write_chinese(15, upper=True) == "壹拾伍"
    assert write_chinese(10010) == "一万零一十"
    assert write_chinese(10**12) == "一万亿"
    assert write_chinese(1_500_000_000_000) == "一万五千亿"
    assert write_chinese(100_000_005) == "一亿零五"
    assert write_chinese(15000, upper=True) == "壹万伍仟"
    assert write_chinese(123_456_789_012) == "一千二百三十四亿五千六百七十八万九千零一十二"


INTS = st.one_of(
    st.integers(0, 10**4), st.integers(0, 10**8), st.integers(0, 10**12),
    st.sampled_from([10**k for k in range(13)] + [10**k + 1 for k in range(13)]
                    + [2 * 10**k for k in range(13)] + [10**12]),
)


@given(INTS, st.booleans(), st.booleans(), st.booleans())
@settings(max_examples=1500)
def test_chinese_roundtrip(n, upper, liang, trad):
    text = write_chinese(n, upper=upper, liang=liang, trad=trad)
    assert to_number(text) == float(n), text
    assert NUM_RE.fullmatch(text), text


@given(st.integers(0, 10**15), st.booleans())
@settings(max_examples=500)
def test_arabic_with_separators_roundtrip(n, fullwidth):
    text = f"{n:,}"
    if fullwidth:
        text = text.translate(str.maketrans("0123456789,", "０１２３４５６７８９，"))
    assert to_number(text) == float(n)
    assert to_number(str(n)) == float(n)
    assert NUM_RE.fullmatch(text)


@given(st.integers(0, 10**9), st.integers(0, 10**6))
def test_arabic_decimal_roundtrip(whole, frac):
    text = f"{whole:,}.{frac}"
    assert to_number(text) == float(Decimal(f"{whole}.{frac}"))
    assert NUM_RE.fullmatch(text)


@given(st.integers(1, 9999), st.integers(0, 9999), st.sampled_from(["万", "萬"]))
def test_mixed_wan_roundtrip(a, b, wan):
    text = f"{a}{wan}{b}" if b else f"{a}{wan}"
    # A lone final digit is the colloquial abbreviation (3万5 = 35000, like 三万五).
    want = a * 10_000 + (b * 1000 if 0 < b < 10 else b)
    assert to_number(text) == float(want)
    assert NUM_RE.fullmatch(text)


@given(st.integers(0, 99_999), st.integers(0, 99), st.sampled_from(
    [("万", 10**4), ("亿", 10**8), ("千万", 10**7), ("万亿", 10**12), ("百万", 10**6)]))
def test_decimal_with_power_roundtrip(whole, frac, power):
    word, mult = power
    text = f"{whole}.{frac:02d}{word}"
    assert to_number(text) == float(Decimal(f"{whole}.{frac:02d}") * mult)
    assert NUM_RE.fullmatch(text)


@given(st.integers(0, 9999), st.integers(1, 10**4))
def test_percent_forms_roundtrip(n, m):
    assert to_number("百分之" + write_chinese(n)) == float(n)
    assert to_number("千分之" + write_chinese(n)) == float(n)
    assert to_number(f"百分之{n}") == float(n)
    frac = write_chinese(m) + "分之" + write_chinese(n)
    with localcontext() as ctx:  # other libraries (recognizers-text) change the global context
        ctx.prec = 40
        expected = float(Decimal(n) / Decimal(m))
    assert to_number(frac) == expected
    for t in ("百分之" + write_chinese(n), f"百分之{n}", frac):
        assert NUM_RE.fullmatch(t), t


def _check_total(s):
    try:
        v = to_number(s)
    except NumeralError:
        return
    assert isinstance(v, float) and math.isfinite(v)


@given(st.text(max_size=40))
@settings(max_examples=800)
def test_arbitrary_text_raises_only_numeral_error(s):
    _check_total(s)


NUMERALISH = CHINESE_NUMERAL_CHARS + "0123456789０９,.，．点點分之%/ -"


@given(st.text(alphabet=NUMERALISH, max_size=30))
@settings(max_examples=1500)
def test_numeral_alphabet_raises_only_numeral_error(s):
    _check_total(s)
    assert is_numeral(s) == (_accepts(s))


def _accepts(s):
    try:
        to_number(s)
        return True
    except NumeralError:
        return False


@given(st.from_regex(NUMERAL_PATTERN, fullmatch=True))
@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
def test_every_pattern_match_parses_or_is_numeral_error(s):
    _check_total(s)


# --------------------------------------------------------------------------
# whitespace inside a numeral (issue 14)
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["1000  万", "1000\n万", "7 万5 千4 百", "一百 五 十 二",
                                  "三千 八百 九十六 万 四千 九百 六十五", "四百 点 五", "十 万"])
def test_pattern_spans_spaces_next_to_power_words(text):
    assert NUM_RE.fullmatch(text), text
    assert to_number(text) == to_number("".join(text.split()))


@pytest.mark.parametrize("text", ["1 2", "18\n18", "一 二", "1000\n\n万", "1000     万"])
def test_pattern_does_not_join_digits_across_spaces(text):
    assert not NUM_RE.fullmatch(text), text


@pytest.mark.parametrize("run", ["一 万 " * 20_000, "1  万  " * 20_000, "十 \n" * 20_000, "四百 点 五 " * 10_000])
def test_pattern_linear_on_spaced_runs(run):
    t = time.perf_counter()
    list(regex.finditer(NUMERAL_LEFT_BOUNDARY + NUMERAL_PATTERN, run))
    assert time.perf_counter() - t < 1.0
