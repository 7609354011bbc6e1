"""time_limit: a time limit belongs to the act after it."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("在5日内作出决定。", [("5日内", "作出", None, "time_limit")]),
    ("在5个工作日内办结。", [("5个工作日内", "办结", None, "time_limit")]),
    ("群众在5个工作日内即可获得审查决定。", [("5个工作日内", "获得", "审查决定", "time_limit")]),
    ("食品经营许可新办申请承诺在5个工作日内办结。", [("5个工作日内", "办结", "食品经营许可新办申请", "time_limit")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text,expected", [
    ("不动产登记一般业务承诺在3个工作日内办结。", ("办结", "不动产登记一般业务")),
    ("群众在2个工作日内即可领取审查决定。", ("领取", "审查决定")),
])
def test_a_time_limit_takes_the_act_after_it_and_what_the_act_is_done_to(text, expected, links):
    (row,) = links(text)
    assert row[1] == expected[0] and expected[1] in (row[2] or "")


def test_a_time_limit_before_a_verb_that_produces_its_object(links):
    (row,) = links("对符合条件的申请均在7日内作出许可决定。")
    assert row[1] == "作出" and row[2] == "许可决定"
