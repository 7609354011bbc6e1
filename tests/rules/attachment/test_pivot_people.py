"""pivot_people: the people a pivot verb brings are the object."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("组织执法人员培训4期。", [("4期", "培训", "执法人员")]),
    ("组织执法人员专题轮训3,280人次。", [("3,280人次", "专题轮训", "执法人员")]),
    ("组织机关干部学法6次。", [("6次", "学法", "机关干部")]),
])
def test_docstring_examples(text, expected, links):
    assert links(text) == expected


@pytest.mark.parametrize("text,activity", [
    ("组织党委理论学习中心组学法十二次。", "党委理论学习中心组学法"),   # a body that acts names no people
    ("组织开展执法人员岗位轮训4期。", "执法人员岗位轮训"),            # after a light verb the act stays whole
])
def test_no_people_after_a_pivot_keeps_the_act_whole(text, activity, links):
    assert links(text)[0][1] == activity
