"""rate_or_share: a rate, share or measure named right before its number."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("办结率100％。", [("100％", "办结率", None, "rate_or_share")]),
    ("好评率达到 99.6。", [("99.6", "好评率", None, "rate_or_share")]),
    ("参考率和优秀率均达到100%。", [("100%", "参考率", None, "rate_or_share"), ("100%", "优秀率", None, "rate_or_share")]),
    ("联合抽查计划占总抽查计划的43％。", [("43％", "占总抽查计划", "联合抽查计划", "rate_or_share")]),
    ("基本医疗保险参保率达到97%。", [("97%", "参保率", "基本医疗保险", "rate_or_share")]),
    ("案件办结率达到96%。", [("96%", "案件办结率", None, "rate_or_share")]),
    ("拆除违法建筑27处、面积3,600平方米。", [("27处", "拆除", "违法建筑", "verb_before"),
                                    ("3,600平方米", "拆除", "面积", "rate_or_share")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text,expected", [
    # 4. coordinated rates sharing one number
    ("结案率和群众满意率均达到99%。", [("99%", "结案率", None), ("99%", "群众满意率", None)]),
    # share
    ("简易程序案件占全部案件的62%。", [("62%", "占全部案件", "简易程序案件")]),
])
def test_constructions(text, expected, links, check):
    check(links(text), expected)


def test_rate_without_predicate_stays_a_rate(links):
    (row,) = links("本年度执法全过程记录率100%。")
    assert row[1].endswith("记录率")


def test_respectively_pairs_names_and_numbers(links):
    got = links("复议纠错率、调解率分别为8.1%、36.5%。")
    assert [(g[0], g[1]) for g in got] == [("8.1%", "复议纠错率"), ("36.5%", "调解率")]


def test_rate_with_a_duration_adverb_before_its_level(links):
    (row,) = links("城乡居民医保参保率连续三年稳定在96%以上。")
    assert row[1].endswith("参保率")


@pytest.mark.parametrize("text,expected", [
    ("城乡居民基本养老保险参保率达到98%。", ("参保率", "城乡居民基本养老保险")),
    ("案件办结率达到96%。", ("案件办结率", None)),
])
def test_a_measure_named_with_what_it_measures(text, expected, links):
    row = links(text)[0]
    assert (row[1], row[2]) == expected


@pytest.mark.parametrize("text,number,activity,object_", [
    ("拆除违法建筑18处、面积2,400平方米。", "2,400平方米", "拆除", "面积"),
])
def test_coordinated_measures_and_nouns_after_the_number(text, number, activity, object_, links):
    row = next(r for r in links(text) if r[0] == number)
    assert (row[1], row[2]) == (activity, object_)


@pytest.mark.parametrize("text,activity,object_", [
    # a rate named with the people or body it measures (docs/annotation.md, 2026-12-03)
    ("全市行政机关负责人出庭应诉率100%。", "出庭应诉率", "行政机关负责人"),
    # subjects joined by 和 are one rate's subjects, not two rates
    ("法律顾问和公职律师参与率达到100%。", "参与率", "法律顾问和公职律师"),
    # a name that is one process stays whole
    ("案件办结率100%。", "案件办结率", None),
])
def test_rates_with_a_subject(text, activity, object_, links):
    assert links(text) == [("100%", activity, object_)]


def test_coordinated_rates_still_split(links):
    assert [r[1] for r in links("参考率和优秀率均达到100%。")] == ["参考率", "优秀率"]


@pytest.mark.parametrize("text,number,activity,object_", [
    ("医疗机构设置审批时限由20个工作日压缩至7个工作日。", "7个工作日", "审批时限", "医疗机构设置"),
    ("出口退税平均办理时间压缩至3个工作日以内。", "3个工作日以内", "平均办理时间", "出口退税"),
    ("企业开办时间压缩至1个工作日。", "1个工作日", "企业开办时间", None),        # no service named
    ("全流程审批时间压缩至30天。", "30天", "全流程审批时间", None),
])
def test_time_limits_take_their_service_as_object(text, number, activity, object_, links):
    row = next(r for r in links(text) if r[0] == number)
    assert (row[1], row[2]) == (activity, object_)


def test_coordinated_rates_share_their_subject(links):
    rows = links("规范性文件报备率、及时率、规范率均为100%。")
    assert [(r[1], r[2]) for r in rows] == [("报备率", "规范性文件"), ("及时率", "规范性文件"), ("规范率", "规范性文件")]


def test_the_survey_that_measured_a_rate_is_part_of_its_name(links):
    assert links("纳税人满意度测评持续保持98%以上。")[0][1] == "纳税人满意度测评"


@pytest.mark.parametrize("text,activity", [
    ("出庭应诉率连续5年保持100%。", "出庭应诉率"),       # a period the tagger split (5/eng 年/m)
    ("全县高质量发展综合考核中的权重提高到6%。", "权重"),   # a weight is a share
])
def test_rate_names_before_periods_and_weights(text, activity, links):
    assert links(text)[0][1] == activity
