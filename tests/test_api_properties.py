"""Property tests of issue 2: extract never raises on text and every offset it
emits points at the string it reports."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lawgov_nlp

FRAGMENTS = ["共受理", "审批事项", "1818件", "办结率", "100％", "罚款", "伍万元", "15.7万元", "同比下降",
             "21.9%", "（一）", "一、", "“", "”", "《", "》", "对", "进行了检查", "，", "。", "\n", "余", "以上",
             "百分之", "九十五", "第", "三项制度", "分别为", "、", " ", "0", "万", "亿", "其中"]

report_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40).map("".join)


def _check(text):
    df = lawgov_nlp.extract(text)
    for r in df.itertuples():
        assert text[r.start:r.end] == r.text
        for role in ("activity", "object"):
            s, e, v = getattr(r, f"{role}_start"), getattr(r, f"{role}_end"), getattr(r, role)
            if isinstance(v, str):
                assert text[s:e] == v
    return df


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_unicode_never_raises(text):
    _check(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_like)
def test_report_like_text_offsets_match(text):
    _check(text)
