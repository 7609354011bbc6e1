"""change: the activity is what changed; from-to levels take the noun before 由."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("案件类警情(同比下降21.9%)。", [("21.9%", "案件类警情", None, "change")]),
    ("抓获违法犯罪人员数(同比上升16%)。", [("16%", "抓获违法犯罪人员数", None, "change")]),
    ("证明事项由58项精简至19项。", [("58项", "证明事项", None, "change"), ("19项", "证明事项", None, "change")]),
    ("受理案件37件，同比增长15.6%。", [("37件", "受理", "案件", "verb_before"), ("15.6%", "受理", None, "change")]),
    ("审批时限较改革前压缩50%。", [("50%", "审批时限", None, "change")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text,expected", [
    # 7. a change: activity is what changed
    ("交通事故起数同比下降13.2%。", [("13.2%", "交通事故起数", None)]),
    # a comparison's baseline is not what changed
    ("审批时限较改革前缩短60%。", [("60%", "审批时限", None)]),
])
def test_constructions(text, expected, links, check):
    check(links(text), expected)


def test_from_to_levels_take_the_subject(links):
    got = links("审批时限由20个工作日压缩至5个工作日。")
    assert [g[1] for g in got] == ["审批时限", "审批时限"]


@pytest.mark.parametrize("text,expected", [
    ("不动产登记的办理时限由10个工作日压缩至3个工作日。", ("办理时限", "不动产登记")),
])
def test_a_measure_named_with_what_it_measures(text, expected, links):
    row = links(text)[0]
    assert (row[1], row[2]) == expected


@pytest.mark.parametrize("text,number,activity,object_", [
    ("审批时限由法定的20个工作日压缩至8个工作日。", "8个工作日", "审批时限", None),
])
def test_fillers_baselines_and_stock_changes(text, number, activity, object_, links):
    row = next(r for r in links(text) if r[0] == number)
    assert (row[1], row[2]) == (activity, object_)


def test_a_change_under_a_breakdown_item_keeps_the_item(links):
    rows = links("受理行政复议申请1,280件，其中涉企行政复议案件213件，同比增长21.0%。")
    assert rows[2][0] == "21.0%" and rows[2][2] == "涉企行政复议案件"
    # after a total, no object
    rows = links("受理行政复议申请1,280件，同比增长21.0%。")
    assert rows[1][0] == "21.0%" and rows[1][2] is None


def test_a_rates_levels_said_of_a_thing_take_it_as_object(links):
    rows = links("全市业主委员会组建率由上年的41.2%提升至52.6%。")
    assert [(r[1], r[2]) for r in rows] == [("组建率", "业主委员会"), ("组建率", "业主委员会")]


@pytest.mark.parametrize("text,number,activity", [
    ("全年减少入企检查3.8万户次。", "3.8万户次", "入企检查"),
    ("较上年减少检查频次41.2%。", "41.2%", "检查频次"),
    ("压缩审批时限58%。", "58%", "审批时限"),
])
def test_a_change_verb_opening_the_clause_names_what_changed_after_it(text, number, activity, links):
    assert next(r for r in links(text) if r[0] == number)[1] == activity


def test_changes_after_fenbie_pair_with_the_levels_before_in_order(links):
    rows = links("全年接待游客1,286万人次，实现旅游综合收入98.6亿元，同比分别增长9.2%和11.5%。")
    assert [r[1] for r in rows[2:]] == ["接待", "收入"]


@pytest.mark.parametrize("text,activity,obj", [
    ("全县法治政府建设群众满意度由上年的91.2%提升至93.8%。", "群众满意度", "法治政府建设"),
    ("法治建设考核权重由上年的5%提高到8%。", "考核权重", "法治建设"),
])
def test_levels_of_a_rated_measure_take_what_it_measures_as_object(text, activity, obj, links):
    assert {r[1:] for r in links(text)} == {(activity, obj)}
