"""sub_count: a count in parentheses after a count takes that count's activity."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("承接省级下放行政权力事项23项（56个子项）。", [("23项", "承接", "省级下放行政权力事项"),
                                     ("56个", "承接", "子项")]),
    ("编制12个事项（30个子项）办事指南。", [("12个", "编制", "事项"), ("30个", "编制", "子项")]),
])
def test_docstring_examples(text, expected, links):
    assert links(text) == expected


def test_a_change_in_parentheses_is_not_a_sub_count(explain):
    rows = explain("其中适用简易程序案件1.12万件（同比增加2,107件）。")
    assert all(r[-1] != "sub_count" for r in rows)


def test_a_parenthesis_that_opens_with_a_word_is_not_a_sub_count(explain):
    rows = explain("全年审结行政复议案件52件（含上年结转8件）。")
    assert all(r[-1] != "sub_count" for r in rows)
