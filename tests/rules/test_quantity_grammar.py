import pytest

from lawgov_nlp.rules.quantity_grammar import default_grammar


def scan(text):
    found, _ = default_grammar().scan(text)
    return [(q.text, q.value, q.value_high, q.unit, q.kind, q.qualifier, q.change) for q in found]


@pytest.mark.parametrize("text,expected", [
    ("受理投诉2,315件", ("2,315件", 2315.0, None, "件", "count", "exact", None)),
    ("处罚金额3.6万元", ("3.6万元", 36000.0, None, "元", "money", "exact", None)),
    ("罚款陆万元", ("陆万元", 60000.0, None, "元", "money", "exact", None)),
    ("罚款十五点七万元", ("十五点七万元", 157000.0, None, "元", "money", "exact", None)),
    ("接待群众3万4000人次", ("3万4000人次", 34000.0, None, "人次", "count", "exact", None)),
    ("办理１２３件", ("１２３件", 123.0, None, "件", "count", "exact", None)),
    ("合格率为百分之九十七", ("百分之九十七", 97.0, None, "%", "percent", "exact", None)),
    ("死亡率降至2.1‰", ("2.1‰", 2.1, None, "‰", "percent", "exact", None)),
    ("提高了1.5个百分点", ("1.5个百分点", 1.5, None, "百分点", "percent", "exact", "increase")),
    ("5个工作日内办结", ("5个工作日内", 5.0, None, "工作日", "duration", "at_most", None)),
    ("整治岸线1.3万平方米", ("1.3万平方米", 13000.0, None, "平方米", "measure", "exact", None)),
    ("检查3至5家", ("3至5家", 3.0, 5.0, "家", "count", "exact", None)),
    ("检查3-5家", ("3-5家", 3.0, 5.0, "家", "count", "exact", None)),
    ("召开两三次", ("两三次", 2.0, 3.0, "次", "count", "exact", None)),
    ("培训2000余人次", ("2000余人次", 2000.0, None, "人次", "count", "more_than", None)),
    ("培训1.2万余人次", ("1.2万余人次", 12000.0, None, "人次", "count", "more_than", None)),
    ("达到90%以上", ("90%以上", 90.0, None, "%", "percent", "at_least", None)),
    ("用时30分钟左右", ("30分钟左右", 30.0, None, "分钟", "duration", "about", None)),
    ("约2000份", ("2000份", 2000.0, None, "份", "count", "about", None)),
    ("近300人", ("300人", 300.0, None, "人", "count", "less_than", None)),
    ("超过了500家", ("500家", 500.0, None, "家", "count", "more_than", None)),
    ("不少于4次", ("4次", 4.0, None, "次", "count", "at_least", None)),
    ("不超过2次", ("2次", 2.0, None, "次", "count", "at_most", None)),
    ("约5万余人次", ("5万余人次", 50000.0, None, "人次", "count", "more_than", None)),
    ("同比下降12.4%", ("12.4%", 12.4, None, "%", "percent", "exact", "decrease")),
    ("较上年增长8%", ("8%", 8.0, None, "%", "percent", "exact", "increase")),
    ("减少30件", ("30件", 30.0, None, "件", "count", "exact", "decrease")),
    ("压缩50%", ("50%", 50.0, None, "%", "percent", "exact", "decrease")),
    ("由40项减少到12项", ("12项", 12.0, None, "项", "count", "exact", None)),
    ("设置展板百余块", ("百余块", 100.0, None, "块", "count", "more_than", None)),
    ("满意率达到 99.2，", ("99.2", 99.2, None, "%", "percent", "exact", None)),
    ("重5千克", ("5千克", 5.0, None, "千克", "measure", "exact", None)),
    ("受理案件 1818 件", ("1818 件", 1818.0, None, "件", "count", "exact", None)),
    ("罚款 3.5 万元", ("3.5 万元", 35000.0, None, "元", "money", "exact", None)),
])
def test_quantity_forms(text, expected):
    assert scan(text)[-1] == expected


@pytest.mark.parametrize("text", [
    "2024年11月20日", "一是加强领导", "（一）主要做法", "收拾好队伍统一行动", "一去二三里", "进一步", "12345热线",
    "〔2024〕3号", "20日前完成", "2024 年",
])
def test_no_quantity(text):
    assert scan(text) == []


def test_new_is_not_a_change():
    assert scan("新增市场主体1200户")[0][-1] is None


def test_unparsable_numeral_is_recorded_not_dropped():
    found, rejected = default_grammar().scan("共有十十件")
    assert not found and rejected and "unparsable" in rejected[0].reason


@pytest.mark.parametrize("text,changes", [
    ("案件数和罚没金额同比分别下降12%、8.5%。", ["decrease", "decrease"]),
    ("各项指标同比分别增长4%、6%和下降2%。", ["increase", "increase", "decrease"]),
    ("受理量同比增长4%，办结率为96%。", ["increase", None]),  # no 分别: a level after a change
    ("同比增长4%、其中市本级6%。", ["increase", None]),  # words between: not one list
])
def test_a_listed_change_is_shared_by_the_list(text, changes):
    assert [q[-1] for q in scan(text)] == changes


@pytest.mark.parametrize("text,found", [
    ("全年接听来电8.6万通", ["8.6万通"]),
    ("会议审议3通过的议案", []),   # 通过: the start of a word
    ("下发5通知", []),
])
def test_a_unit_that_starts_a_common_word(text, found):
    assert [q[0] for q in scan(text)] == found


@pytest.mark.parametrize("text,found", [
    ("参训人员平均考试成绩86.5分", [("86.5分", 86.5, "分", "measure")]),
    ("测评得分为92分", [("92分", 92.0, "分", "measure")]),
    ("平均等候时间12分钟", [("12分钟", 12.0, "分钟", "duration")]),  # 分钟 stays a duration
    ("完成三分之二", []),                                          # 分之 is a fraction
    ("提前10分完成", []),                                          # 分 with no score before it
])
def test_a_score_after_its_name(text, found):
    assert [(q[0], q[1], q[3], q[4]) for q in scan(text)] == found


@pytest.mark.parametrize("text,found", [
    ("办理结婚登记2,310对", ["2,310对"]),
    ("建立3对象清单", []),       # 对象: the start of a word
    ("共5对接机制", []),
])
def test_pairs_count(text, found):
    assert [q[0] for q in scan(text)] == found


# issue 14 -----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("罚款500余万元", ("500余万元", 5_000_000.0, None, "元", "money", "more_than", None)),
    ("罚款一千多万元", ("一千多万元", 10_000_000.0, None, "元", "money", "more_than", None)),
    ("罚款二十几万元", ("二十几万元", 200_000.0, None, "元", "money", "more_than", None)),
    ("培训5000餘人次", ("5000餘人次", 5000.0, None, "人次", "count", "more_than", None)),
    ("同比增长-3.2%", ("-3.2%", 3.2, None, "%", "percent", "exact", "decrease")),
    ("同比负增长3.2%", ("3.2%", 3.2, None, "%", "percent", "exact", "decrease")),
    ("审批时间减少三分之一", ("三分之一", 1 / 3, None, "分之", "percent", "exact", "decrease")),
    ("罚没款1000  万元", ("1000  万元", 10_000_000.0, None, "元", "money", "exact", None)),
    ("罚没款1000\n万元", ("1000\n万元", 10_000_000.0, None, "元", "money", "exact", None)),
    ("罚款十 余 万元", ("十 余 万元", 100_000.0, None, "元", "money", "more_than", None)),
    ("接待7 万5 千4 百人次", ("7 万5 千4 百人次", 75_400.0, None, "人次", "count", "exact", None)),
    ("罚没三千 八百 九十六 万 四千 九百 六十五元",
     ("三千 八百 九十六 万 四千 九百 六十五元", 38_964_965.0, None, "元", "money", "exact", None)),
    ("办结率四百 点 五%", ("四百 点 五%", 400.5, None, "%", "percent", "exact", None)),
    ("重5 千克", ("5 千克", 5.0, None, "千克", "measure", "exact", None)),
    ("节约用电500千瓦时", ("500千瓦时", 500.0, None, "千瓦时", "measure", "exact", None)),
    ("PM10平均浓度为48微克/立方米", ("48微克/立方米", 48.0, None, "微克/立方米", "measure", "exact", None)),
    ("化学需氧量12.5毫克/升", ("12.5毫克/升", 12.5, None, "毫克/升", "measure", "exact", None)),
    ("造林1.2万公顷", ("1.2万公顷", 12_000.0, None, "公顷", "measure", "exact", None)),
    ("节约1200个工作小时", ("1200个工作小时", 1200.0, None, "工作小时", "duration", "exact", None)),
    ("收费标准50元/吨", ("50元/吨", 50.0, None, "元/吨", "measure", "exact", None)),
    ("查处各类违法行为1530，同比下降12%", ("12%", 12.0, None, "%", "percent", "exact", "decrease")),
])
def test_issue14_forms(text, expected):
    found, _ = default_grammar().scan(text)
    assert scan(text)[-1] == expected
    for q in found:
        assert text[q.start:q.end] == q.text


def test_bare_count_before_a_change_clause():
    text = "查处各类违法行为1530，同比下降12%"
    assert scan(text)[0] == ("1530", 1530.0, None, "", "count", "exact", None)


def test_bare_count_label_with_a_year_word_inside():
    assert scan("全年受理案件1530，同比下降12%")[0][:2] == ("1530", 1530.0)


def test_bare_count_in_a_table_line():
    text = "行政复议案件\t1530\n行政诉讼案件 86\n"
    assert [r[:2] for r in scan(text)] == [("1530", 1530.0), ("86", 86.0)]


@pytest.mark.parametrize("text,reason", [
    ("共有委员13，其中", "a count only when"),
    ("受理案件18\n18件", "line break"),
])
def test_bare_number_elsewhere_refused_with_reason(text, reason):
    found, rejected = default_grammar().scan(text)
    assert all(q.unit for q in found)
    assert any(reason in r.reason for r in rejected)


@pytest.mark.parametrize("text", ["2024年，全年", "第3，", "占三分之一", "受理案件18 18", "2024/11/20",
                                  "报告年度：2024\n", "联系电话 12345678\n"])
def test_issue14_no_bare_mention(text):
    assert [r for r in scan(text) if r[3] in ("", "分之")] == []


def test_spaces_between_digits_do_not_join():
    # separate numbers separated by spaces stay separate
    assert [r[0] for r in scan("受理案件18 18件")] == ["18件"]


def test_doubled_power_refused_in_a_mention():
    found, rejected = default_grammar().scan("罚款3万万元")
    assert found == [] and "doubled power" in rejected[0].reason


@pytest.mark.parametrize("text,change", [
    ("全年减少入企检查3.8万户次", "decrease"),
    ("较上年减少检查频次41.2%", "decrease"),
    ("累计减少群众跑动28.4万次", "decrease"),
    ("累计精简证明材料63项", None),          # a reform act that removes items: a count, no change
    ("组织法治能力提升培训班3期", None),      # the verb does not open the clause: a modifier
    ("审批时限压缩至5个工作日", None),        # a level
])
def test_a_change_verb_opening_the_clause_before_the_name_of_what_changed(text, change):
    found, _ = default_grammar().scan(text)
    (q,) = found
    assert q.change == change
    # the name of what changed stays outside the quantity's lead: the attacher reads it as the activity
    assert not any(w in text[q.lead_start:q.end] for w in ("检查", "跑动", "频次"))
