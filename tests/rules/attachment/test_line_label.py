"""line_label: a table-like line's label is the number's left context or its object."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("现场检查定点医药机构：1.87万家次。", [("1.87万家次", "检查", "定点医药机构", "verb_before+line_label")]),
    ("行政处罚：1,873件。", [("1,873件", "行政处罚", None, "verb_before+line_label")]),
    ("行政许可：受理2,964件。", [("2,964件", "受理", "行政许可", "verb_before+line_label")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text,expected", [
    # a table-like line: the act named before the colon
    ("行政检查：1,250次；\n行政许可：办结3,416件。", [("1,250次", "行政检查", None), ("3,416件", "办结", "行政许可")]),
])
def test_constructions(text, expected, links, check):
    check(links(text), expected)


def test_a_label_not_opening_a_line_is_no_label(explain):
    # the colon follows words that do not start the line: no table-like label
    assert explain("全年工作成效显著，行政许可：受理2,964件。")[0][3] == "verb_before"
