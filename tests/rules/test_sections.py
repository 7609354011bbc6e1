from lawgov_nlp.rules.sections import find_headings, find_sentences, outline

TEXT = (
    "某某局关于2023年度\n法治政府建设情况的报告\n"
    "一、主要工作\n"
    "1.推进依法行政。全年受理案件12件。（1）规范执法。检查企业5家。\n"
    "2.加强普法，提升素养。发放资料300份。\n"
    "二、存在问题\n"
    "[bookmark: x]1.执法力量不足。\n"
)


def test_headings_inline_and_line():
    texts = [h.text for h in find_headings(TEXT)]
    assert texts == ["一、主要工作", "1.推进依法行政", "（1）规范执法", "2.加强普法，提升素养", "二、存在问题", "1.执法力量不足"]


def test_section_path_levels_learnt_from_order():
    o = outline(TEXT)
    assert o.section_at(TEXT.index("12件")) == "一、主要工作 > 1.推进依法行政"
    assert o.section_at(TEXT.index("5家")) == "一、主要工作 > 1.推进依法行政 > （1）规范执法"
    # a style seen before closes the deeper levels
    assert o.section_at(TEXT.index("300份")) == "一、主要工作 > 2.加强普法，提升素养"
    assert o.section_at(TEXT.index("力量")) == "二、存在问题 > 1.执法力量不足"
    assert o.section_at(0) == ""


def test_decimal_is_not_a_heading():
    assert find_headings("罚款共计\n1.5万元。") == []


def test_sentences_strip_and_cover():
    spans = find_sentences("  甲。乙！\n\n丙")
    assert spans == [(2, 4), (4, 6), (8, 9)]


def test_initial_stack_carries_over_chunks():
    first = outline("一、总体情况\n受理案件3件。\n")
    second = outline("办结2件。", initial_stack=first.final_stack)
    assert second.section_at(0) == "一、总体情况"


def test_to_data_roundtrip():
    o = outline(TEXT)
    from lawgov_nlp.rules.sections import Outline

    o2 = Outline.from_data(TEXT, o.to_data())
    i = TEXT.index("5家")
    assert o2.section_at(i) == o.section_at(i)
    assert o2.sentence_at(i) == o.sentence_at(i)


def test_an_appendix_closes_every_open_section():
    text = "第三部分 2025年工作打算\n一、深化改革。\n附件1：2024年执法数据\n行政检查：120次。"
    o = outline(text)
    assert o.section_at(text.index("深化")) == "第三部分 2025年工作打算 > 一、深化改革"
    assert o.section_at(text.index("120次")) == "附件1：2024年执法数据"
