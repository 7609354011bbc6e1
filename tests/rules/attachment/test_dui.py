"""dui: 对 … 进行(了) V, and a preposition that takes the number itself."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("对2家消毒产品生产企业、70家学校进行了监督检查。", [("2家", "监督检查", "消毒产品生产企业", "dui"),
                                         ("70家", "监督检查", "学校", "dui")]),
    ("对3家单位立案查处。", [("3家", "立案查处", "单位", "dui")]),
    ("对41名当事人作出不予行政处罚决定。", [("41名", "作出", "当事人", "dui")]),
    ("为1,964户企业办理退税。", [("1,964户", "办理", "企业", "dui")]),
    # with no noun after the number, verb_before takes the act and 对's phrase is the object
    ("对局机关各类合同、协议进行合法性审查60余份。", [("60余份", "合法性审查", "合同、协议", "verb_before")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text,expected", [
    # 2. 对 … 进行(了) V
    ("对15家加油站、6家储油库进行了安全检查。",
     [("15家", "安全检查", "加油站"), ("6家", "安全检查", "储油库")]),
    # a preposition takes the number, the verb after the noun phrase governs
    ("全县累计对360余户个体工商户适用容缺受理。", [("360余户", "适用", "个体工商户")]),
    ("依法为86名农民工追讨欠薪。", [("86名", "追讨", "农民工")]),
    ("每半年对3家重点排污单位开展执法监测。", [("3家", "执法监测", "重点排污单位")]),
])
def test_constructions(text, expected, links, check):
    check(links(text), expected)


@pytest.mark.parametrize("text,number,activity", [
    ("对拟出台的3件规范性文件进行合法性审查。", "3件", "审查"),
    # 对 … 实现 + action noun + 全覆盖: the action noun, for every listed count (issue 11)
    ("对全市15家养老机构、8家托育机构实现消防检查全覆盖。", "15家", "检查"),
    ("对全市15家养老机构、8家托育机构实现消防检查全覆盖。", "8家", "检查"),
])
def test_dui_phrases_closed_by_their_act(text, number, activity, links):
    row = next(r for r in links(text) if r[0] == number)
    assert activity in row[1]


@pytest.mark.parametrize("text,number,activity,object_", [
    ("对存在违法行为的12家企业依法列入黑名单。", "12家", "列入", "企业"),
])
def test_modified_counts_stock_counts_and_subjects(text, number, activity, object_, links):
    row = next(r for r in links(text) if r[0] == number)
    assert (row[1], row[2]) == (activity, object_)


def test_a_clause_with_its_own_verb_is_outside_an_earlier_dui_phrase(links):
    rows = links("全年对1.36万起轻微违法行为采取劝导教育等方式处理，办理适用“首违不罚”案件428件，"
                 "发放《责令改正通知书》3,640份，开展“城管进社区”活动142场。")
    got = {r[0]: r[1] for r in rows}
    assert got["428件"] == "办理" and got["3,640份"] == "发放"


def test_the_act_after_de_on_what_dui_names(links):
    rows = links("将法治建设成效纳入对14个市州林草部门的年度绩效考核。")
    assert rows == [("14个", "年度绩效考核", "市州林草部门")]


def test_nouns_before_the_action_after_the_predicate_name_its_kind(links):
    rows = links("对全市15家养老机构、8家托育机构实现消防检查全覆盖。")
    assert rows == [("15家", "消防检查", "养老机构"), ("8家", "消防检查", "托育机构")]


def test_a_relative_clause_after_the_count_describes_the_noun_after_its_de(links):
    rows = links("依法对3家初次违规且及时改正的培训机构不予行政处罚。")
    assert rows == [("3家", "不予行政处罚", "初次违规且及时改正的培训机构")]
