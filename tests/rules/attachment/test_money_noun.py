"""money_noun: money named by a noun no verb governs."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("罚没款43.6万元。", [("43.6万元", "罚没款", None, "money_noun")]),
    ("处以罚款伍仟元。", [("伍仟元", "罚款", None, "money_noun")]),
    ("冻结涉案资金2360万元。", [("2360万元", "冻结", "涉案资金", "verb_before")]),
    ("处罚金额合计47.2万元。", [("47.2万元", "处罚金额", None, "rate_or_share")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text,expected", [
    # 6. money after 罚款
    ("罚款8.5万元。", [("8.5万元", "罚款", None)]),
])
def test_constructions(text, expected, links, check):
    check(links(text), expected)


def test_money_after_a_penalty_verb_is_the_penalty(links):
    got = links("对3起违法占用林地案件分别处以罚款陆仟元和玖仟元。")
    assert [(g[0], g[1]) for g in got][1:] == [("陆仟元", "罚款"), ("玖仟元", "罚款")]


@pytest.mark.parametrize("text,number,activity", [
    ("对该企业处以罚款人民币捌万元，并责令停产整顿。", "捌万元", "罚款"),
])
def test_dui_phrases_closed_by_their_act(text, number, activity, links):
    row = next(r for r in links(text) if r[0] == number)
    assert activity in row[1]
