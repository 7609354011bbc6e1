"""number_before_action: a number before the action noun it counts."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("共开展5场20人次监督检查。", [("5场", "监督检查", None, "number_before_action"),
                         ("20人次", "监督检查", None, "number_before_action")]),
    ("3轮46人次法治督察。", [("3轮", "法治督察", None, "number_before_action"),
                      ("46人次", "法治督察", None, "number_before_action")]),
    # a subject and its predicate, not an action noun
    ("14个社区落实整改。", [("14个", "整改", "社区", "subject_predicate")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text,expected", [
    # 3. number before the action noun it counts
    ("共组织8场160人次联合检查。", [("8场", "联合检查", None), ("160人次", "联合检查", None)]),
])
def test_constructions(text, expected, links, check):
    check(links(text), expected)
