"""Numbers that look valid but are not (issue 5): each is parsed correctly or
refused, never given a wrong value. The reason for each decision is stated."""
import pytest

import lawgov_nlp


def rows(text):
    return [(r.text, r.value, r.unit, r.change if isinstance(r.change, str) else None)
            for r in lawgov_nlp.extract(text).itertuples()]


@pytest.mark.parametrize("text,expected,why", [
    ("版本1.2.3件", [], "two decimal points: a version or code, not a number"),
    ("编号1,2,3件", [], "1,2,3 is a list of digits (bad grouping), not 123 nor 3"),
    ("共00012件", [], "leading zeros make a code (an index number), not a count"),
    ("罚款一万万元", [], "一万万 is far likelier a typo than the classical 1e8: refused rather than guessed"),
    ("合格率为百分之一百二十", [("百分之一百二十", 120.0, "%", None)], "a legal rate above 100% stays as written"),
    ("增长率−3%", [("−3%", 3.0, "%", "decrease")], "a negative rate is a decrease; the value stays positive"),
    ("增长率-3%", [("-3%", 3.0, "%", "decrease")], "ASCII minus, same reading"),
    ("同比负增长2%", [("2%", 2.0, "%", "decrease")], "负增长 is a decrease, not an increase"),
    ("占三分之一", [], "a fraction with no unit counts nothing here"),
    ("占1/3", [], "a slash is a ratio or date in these reports, not a fraction"),
    ("受理案件18\n18件", [], "a number split by a PDF line break may be 1818: refused, never 18"),
    ("罚款9999999999999999999万亿元", [("9999999999999999999万亿元", 9999999999999999999e12, "元", None)],
     "huge but well-formed: read as written"),
    ("检查企业3-5家", [("3-5家", 3.0, "家", None)], "a range: value 3, value_high 5"),
    ("2021-2025年", [], "a period, not a range of anything"),
])
def test_bad_numbers(text, expected, why):
    got = rows(text)
    assert [g[:3] + (g[3],) for g in got] == [e[:3] + (e[3],) for e in expected], why
    for g, e in zip(got, expected):
        assert g[1] == pytest.approx(e[1]), why


def test_refused_numerals_are_recorded():
    doc = lawgov_nlp.load()("共00012件")
    reasons = [s._.lawgov["reason"] for s in doc.spans["lawgov_rejected"]]
    assert any("leading zeros" in r for r in reasons)
