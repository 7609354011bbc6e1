"""lawgov_nlp.units: the unit lexicon and its pattern."""
from __future__ import annotations

import dataclasses
import json

import pytest
import regex

from lawgov_nlp import units as units_mod
from lawgov_nlp.errors import LexiconError
from lawgov_nlp.numerals import CHINESE_NUMERAL_CHARS, NUMERAL_PATTERN, to_number
from lawgov_nlp.units import KINDS, UnitEntry, load_excluded, load_units, unit_pattern

FOREIGN = {"美元", "欧元", "港元", "港币", "日元", "英镑"}
MUST_EXCLUDE = ["年", "月", "日", "号", "届", "级", "季度", "里", "代", "中", "线", "化"]


@pytest.fixture(scope="module")
def lex():
    return load_units()


def test_loads_enough_entries(lex):
    assert len(lex) >= 130
    assert all(isinstance(e, UnitEntry) for e in lex.values())
    assert all(s == e.surface for s, e in lex.items())


def test_kinds_valid(lex):
    assert {e.kind for e in lex.values()} == KINDS
    assert KINDS == {"count", "money", "percent", "duration", "measure"}


def test_entries_frozen(lex):
    with pytest.raises(dataclasses.FrozenInstanceError):
        lex["元"].scale = 2


def test_money_units(lex):
    money = [e for e in lex.values() if e.kind == "money"]
    assert len(money) >= 10
    for e in money:
        if e.unit != "元":
            assert e.unit in FOREIGN and e.unit in e.surface, e


@pytest.mark.parametrize("surface,unit,kind,scale", [
    ("元", "元", "money", 1), ("万元", "元", "money", 1e4), ("亿元", "元", "money", 1e8),
    ("千元", "元", "money", 1e3), ("百万元", "元", "money", 1e6), ("万亿元", "元", "money", 1e12),
    ("美元", "美元", "money", 1), ("%", "%", "percent", 1), ("％", "%", "percent", 1),
    ("个百分点", "百分点", "percent", 1), ("百分点", "百分点", "percent", 1),
    ("‰", "‰", "percent", 1), ("件", "件", "count", 1), ("户次", "户次", "count", 1),
    ("人次", "人次", "count", 1), ("万人次", "人次", "count", 1e4), ("万件", "件", "count", 1e4),
    ("家", "家", "count", 1), ("处", "处", "count", 1), ("块", "块", "count", 1),
    ("个工作日", "工作日", "duration", 1), ("工作日", "工作日", "duration", 1),
    ("小时", "小时", "duration", 1), ("个月", "月", "duration", 1), ("学时", "学时", "duration", 1),
    ("万平方米", "平方米", "measure", 1e4), ("万亩", "亩", "measure", 1e4),
    ("吨", "吨", "measure", 1), ("公斤", "公斤", "measure", 1),
    # issue 14: every unit a report uses for a measure, canonical forms
    ("微克/立方米", "微克/立方米", "measure", 1), ("毫克/升", "毫克/升", "measure", 1),
    ("公顷", "公顷", "measure", 1), ("亩", "亩", "measure", 1), ("平方米", "平方米", "measure", 1),
    ("立方米", "立方米", "measure", 1), ("公里", "公里", "measure", 1), ("千瓦时", "千瓦时", "measure", 1),
    ("个工作小时", "工作小时", "duration", 1), ("工作小时", "工作小时", "duration", 1),
    ("课时", "课时", "duration", 1),
    # a per-unit rate is a measure (its value is no amount of money to add up)
    ("元/吨", "元/吨", "measure", 1), ("万元/亩", "元/亩", "measure", 1e4), ("吨/年", "吨/年", "measure", 1),
])
def test_known_entries(lex, surface, unit, kind, scale):
    e = lex[surface]
    assert (e.unit, e.kind, e.scale) == (unit, kind, scale)


def test_excluded_absent_and_documented(lex):
    excluded = load_excluded()
    for s in MUST_EXCLUDE:
        assert s not in lex, s
        assert s in excluded and excluded[s], s
    assert not set(excluded) & set(lex)


def test_no_surface_is_a_numeral_or_starts_a_numeral_match(lex):
    # A unit that the numeral pattern would swallow whole could never be reached.
    num = regex.compile(NUMERAL_PATTERN)
    for s in lex:
        m = num.match(s)
        assert m is None or m.end() < len(s), s


def test_power_prefixed_surfaces_agree_with_numeral_split(lex):
    # 3万人次 can be read as 3万 + 人次 or 3 + 万人次: both must give one value.
    checked = 0
    for s, e in lex.items():
        if s[0] in CHINESE_NUMERAL_CHARS and s[1:] in lex:
            rest = lex[s[1:]]
            if e.kind == "measure" and e.unit != rest.unit:
                continue  # 千克 vs 克, 千米 vs 米: the recognizer keeps the unit as written (test_quantity_grammar)
            assert e.unit == rest.unit, s
            assert e.scale == pytest.approx(to_number("1" + s[0]) * rest.scale), s
            checked += 1
    assert checked >= 30


def test_unit_pattern_longest_first(lex):
    pat = unit_pattern(lex)
    assert pat.startswith("(?:") and regex.compile(pat).groups == 0
    for text, want in [("个工作日内", "个工作日"), ("个百分点", "个百分点"), ("人次", "人次"),
                       ("户次", "户次"), ("万人次", "万人次"), ("万平方米", "万平方米"),
                       ("个月", "个月"), ("个", "个")]:
        assert regex.match(pat, text).group() == want
    for s in lex:  # every surface is matched whole, never cut to a shorter prefix
        assert regex.match(pat, s).group() == s


def test_unit_pattern_escapes_and_accepts_iterables():
    pat = unit_pattern(["a.b", "%", "a.bc", UnitEntry("x+", "x", "count", 1)])
    assert regex.fullmatch(pat, "a.bc")
    assert regex.fullmatch(pat, "x+")
    assert not regex.fullmatch(pat, "axb")
    assert regex.match(pat, "a.bc").group() == "a.bc"
    assert regex.search(unit_pattern([]), "anything") is None


def test_recognizer_style_combination(lex):
    pat = regex.compile(f"({NUMERAL_PATTERN})({unit_pattern(lex)})")
    for text, num, unit in [("受理1818件", "1818", "件"), ("罚款15.7万元", "15.7万", "元"),
                            ("5个工作日", "5", "个工作日"), ("860人次", "860", "人次"),
                            ("伍万元", "伍万", "元"), ("1.2万平方米", "1.2万", "平方米"),
                            ("增长4.6个百分点", "4.6", "个百分点")]:
        m = pat.search(text)
        assert m.group(1, 2) == (num, unit), text
    # 5千克 splits as 5千 + 克 (greedy numeral); the lexicon makes both splits agree.
    for text, value, unit in [("10千米", 10_000, "米"),
                              ("3万人次", 30_000, "人次"), ("2千吨", 2000, "吨")]:
        m = pat.search(text)
        e = lex[m.group(2)]
        assert (to_number(m.group(1)) * e.scale, e.unit) == (pytest.approx(value), unit), text


def test_default_is_cached_and_copies():
    units_mod._default_units.cache_clear()
    a = load_units()
    b = load_units()
    assert units_mod._default_units.cache_info().hits >= 1
    assert a == b and a is not b
    a.clear()
    assert len(load_units()) >= 130


def _write(tmp_path, doc, raw=False):
    p = tmp_path / "units.json"
    p.write_text(doc if raw else json.dumps(doc, ensure_ascii=False), encoding="utf8")
    return p


GOOD = {"surface": "件", "unit": "件", "kind": "count", "scale": 1}


def test_custom_file_loads(tmp_path):
    p = _write(tmp_path, {"version": 1, "excluded": {"年": "dates"}, "units": [GOOD]})
    assert load_units(p) == {"件": UnitEntry("件", "件", "count", 1.0)}
    assert load_units(str(p))["件"].scale == 1.0


@pytest.mark.parametrize("doc", [
    "{not json",
    "",
    [GOOD],
    {"units": [GOOD]},
    {"version": 2, "units": [GOOD]},
    {"version": 1, "units": {}},
    {"version": 1, "units": []},
    {"version": 1, "units": ["件"]},
    {"version": 1, "units": [{**GOOD, "kind": "weight"}]},
    {"version": 1, "units": [{k: v for k, v in GOOD.items() if k != "unit"}]},
    {"version": 1, "units": [{**GOOD, "extra": 1}]},
    {"version": 1, "units": [{**GOOD, "scale": -1}]},
    {"version": 1, "units": [{**GOOD, "scale": 0}]},
    {"version": 1, "units": [{**GOOD, "scale": True}]},
    {"version": 1, "units": [{**GOOD, "scale": "1"}]},
    {"version": 1, "units": [{**GOOD, "surface": ""}]},
    {"version": 1, "units": [{**GOOD, "surface": 5}]},
    {"version": 1, "units": [{**GOOD, "unit": ""}]},
    {"version": 1, "units": [GOOD, GOOD]},
    {"version": 1, "excluded": {"件": "no"}, "units": [GOOD]},
    {"version": 1, "excluded": ["年"], "units": [GOOD]},
])
def test_malformed_file_raises_lexicon_error(tmp_path, doc):
    p = _write(tmp_path, doc, raw=isinstance(doc, str))
    with pytest.raises(LexiconError) as e:
        load_units(p)
    assert "[E012]" in str(e.value) and str(p) in str(e.value)
    assert isinstance(e.value, ValueError)


def test_missing_and_nan_files(tmp_path):
    with pytest.raises(LexiconError):
        load_units(tmp_path / "nope.json")
    p = tmp_path / "nan.json"
    p.write_text('{"version": 1, "units": [{"surface": "件", "unit": "件", "kind": "count", '
                 '"scale": NaN}]}', encoding="utf8")
    with pytest.raises(LexiconError):
        load_units(p)
    b = tmp_path / "bin.json"
    b.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(LexiconError):
        load_units(b)
