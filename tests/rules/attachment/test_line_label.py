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


@pytest.mark.parametrize("text,expected", [
    # every count of the line takes the label, an indent before it aside
    ("附：主要数据\n　　行政复议：收案1,236件，审结1,011件\n",
     [("1,236件", "收案", "行政复议", "verb_before+line_label"),
      ("1,011件", "审结", "行政复议", "verb_before+line_label")]),
    # not an amount named by its own noun, nor after a label that is an act
    ("行政处罚：1,873件，罚没款1,264.5万元\n排查矛盾纠纷：286起，调解成功271起\n",
     [("1,873件", "行政处罚", None, "verb_before+line_label"), ("1,264.5万元", "罚没款", None, "money_noun"),
      ("286起", "排查", "矛盾纠纷", "verb_before+line_label"),
      ("271起", "调解成功", None, "verb_before+verb_object_compound")]),
    # a count naming its own object keeps it
    ("行政执法人员：持证4,862人，新增持证人员612人\n",
     [("4,862人", "持证", "行政执法人员", "verb_before+line_label"), ("612人", "新增", "持证人员", "verb_before")]),
])
def test_later_clauses_of_a_labelled_line(text, expected, example):
    example(text, expected)
