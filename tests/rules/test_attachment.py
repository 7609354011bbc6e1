"""One test per attachment construction of the annotation guideline, on
sentences written for the tests (not taken from the seeds)."""
import pytest

import lawgov_nlp


def links(text):
    df = lawgov_nlp.extract(text)
    return [(r.text, r.activity if isinstance(r.activity, str) else None,
             r.object if isinstance(r.object, str) else None) for r in df.itertuples()]


@pytest.mark.parametrize("text,expected", [
    # 1. verb before the number, object between
    ("全年共受理行政许可申请2360件。", [("2360件", "受理", "行政许可申请")]),
    ("依法查处违法建设行为87起。", [("87起", "查处", "违法建设行为")]),
    # 2. 对 … 进行(了) V
    ("对15家加油站、6家储油库进行了安全检查。",
     [("15家", "安全检查", "加油站"), ("6家", "安全检查", "储油库")]),
    # 3. number before the action noun it counts
    ("共组织8场160人次联合检查。", [("8场", "联合检查", None), ("160人次", "联合检查", None)]),
    # 4. coordinated rates sharing one number
    ("结案率和群众满意率均达到99%。", [("99%", "结案率", None), ("99%", "群众满意率", None)]),
    # 5. breakdown inherits the parent's activity
    ("清理规范性文件36件，其中企业文件9件。", [("36件", "清理", "规范性文件"), ("9件", "清理", "企业文件")]),
    # ... unless the item is itself a verb (docs/annotation.md)
    ("清理规范性文件36件，其中废止9件、修改3件。", [("36件", "清理", "规范性文件"), ("9件", "废止", None),
                                       ("3件", "修改", None)]),
    ("办理企业登记3万件，其中变更登记2.1万件。", [("3万件", "办理", "企业登记"), ("2.1万件", "办理", "变更登记")]),
    # 6. money after 罚款
    ("罚款8.5万元。", [("8.5万元", "罚款", None)]),
    # 7. a change: activity is what changed
    ("交通事故起数同比下降13.2%。", [("13.2%", "交通事故起数", None)]),
    # 8. subject + predicate
    ("36家企业全部完成整改。", [("36家", "整改", "企业")]),
    # light verb + action noun; light verb + event noun
    ("开展执法检查45次。", [("45次", "执法检查", None)]),
    ("举办法治讲座12场。", [("12场", "举办", "法治讲座")]),
    # existential 有
    ("全年有行政诉讼案件7件。", [("7件", "行政诉讼", "案件")]),
    # no verb: the event noun (a table row read as a line)
    ("行政诉讼案件6件", [("6件", "行政诉讼", "案件")]),
    # share
    ("简易程序案件占全部案件的62%。", [("62%", "占全部案件", "简易程序案件")]),
    # quoted counted names lose their quotes
    ("推出“免证办”事项40项。", [("40项", "推出", "免证办”事项")]),
    # a table-like line: the act named before the colon
    ("行政检查：1,250次；\n行政许可：办结3,416件。", [("1,250次", "行政检查", None), ("3,416件", "办结", "行政许可")]),
    # a preposition takes the number, the verb after the noun phrase governs
    ("全县累计对360余户个体工商户适用容缺受理。", [("360余户", "适用", "个体工商户")]),
    ("依法为86名农民工追讨欠薪。", [("86名", "追讨", "农民工")]),
    ("每半年对3家重点排污单位开展执法监测。", [("3家", "执法监测", "重点排污单位")]),
    # after a pivot and its object, the number's own verb; a verb in a prepositional phrase never governs
    ("组织全局科级干部观摩庭审3次。", [("3次", "观摩", None)]),
    ("通过调解方式化解纠纷45件。", [("45件", "化解", "纠纷")]),
    # a parenthetical inside the noun phrase stays in the object
    ("培育乡村法治带头人（骨干）260名。", [("260名", "培育", "法治带头人（骨干）")]),
    # a comparison's baseline is not what changed
    ("审批时限较改革前缩短60%。", [("60%", "审批时限", None)]),
    # the number right after 共有 is the subject of the predicate that follows
    ("全市共有520家药店作出诚信经营承诺。", [("520家", "作出", "药店")]),
])
def test_constructions(text, expected):
    got = links(text)
    assert [g[0] for g in got] == [e[0] for e in expected]
    for (surface, act, obj), (_, gact, gobj) in zip(expected, got):
        assert gact is not None and (act in gact or gact in act), (surface, gact)
        if obj is None:
            continue
        assert gobj is not None and (obj in gobj or gobj in obj), (surface, gobj)


def test_rate_without_predicate_stays_a_rate():
    (row,) = links("本年度执法全过程记录率100%。")
    assert row[1].endswith("记录率")


def test_respectively_pairs_names_and_numbers():
    got = links("复议纠错率、调解率分别为8.1%、36.5%。")
    assert [(g[0], g[1]) for g in got] == [("8.1%", "复议纠错率"), ("36.5%", "调解率")]


def test_from_to_levels_take_the_subject():
    got = links("审批时限由20个工作日压缩至5个工作日。")
    assert [g[1] for g in got] == ["审批时限", "审批时限"]


def test_respectively_pairs_verbs_and_numbers():
    got = links("全年受理、审结行政复议案件分别为57件、52件。")
    assert [(g[0], g[1]) for g in got] == [("57件", "受理"), ("52件", "审结")]
    assert all(g[2] == "行政复议案件" for g in got)


def test_copula_measures_its_subject():
    (row,) = links("参训人员达350人次。")
    assert row[1] == "参训人员"


def test_stock_counts_have_no_activity_and_keep_their_noun():
    got = links("全县现有人民调解员1,120名、调解组织315个。")
    assert got == [("1,120名", None, "人民调解员"), ("315个", None, "调解组织")]


def test_a_verbless_clause_inherits_only_when_it_continues_a_list():
    got = links("印发宣传手册3000份，折页2000份，直接受众超过1.5万人次。")
    assert got == [("3000份", "印发", "宣传手册"), ("2000份", "印发", "折页"), ("1.5万人次", None, "受众")]


def test_rate_names_the_tagger_splits_stay_whole():
    got = links("备案率、及时率、规范率均为100%。")
    assert [g[1] for g in got] == ["备案率", "及时率", "规范率"]


def test_rate_with_a_duration_adverb_before_its_level():
    (row,) = links("城乡居民医保参保率连续三年稳定在96%以上。")
    assert row[1].endswith("参保率")


@pytest.mark.parametrize("text,expected", [
    ("对全市各类合同、协议进行合法性审查45份。", ("45份", "合法性审查", "合同、协议")),
    ("对多次违规企业约谈12家次。", ("12家次", "约谈", "违规企业")),
])
def test_what_dui_introduces_is_counted_when_nothing_follows_the_number(text, expected):
    (row,) = links(text)
    assert row[0] == expected[0] and expected[1] in row[1] and expected[2] in row[2]


@pytest.mark.parametrize("text,activity", [("全年收案86件。", "收案"), ("宣布失效5件。", "宣布失效")])
def test_a_one_character_or_adjective_object_belongs_to_the_verb(text, activity):
    (row,) = links(text)
    assert row[1] == activity and row[2] is None


@pytest.mark.parametrize("text,expected", [
    ("不动产登记一般业务承诺在3个工作日内办结。", ("办结", "不动产登记一般业务")),
    ("群众在2个工作日内即可领取审查决定。", ("领取", "审查决定")),
])
def test_a_time_limit_takes_the_act_after_it_and_what_the_act_is_done_to(text, expected):
    (row,) = links(text)
    assert row[1] == expected[0] and expected[1] in (row[2] or "")


def test_light_verb_action_noun_with_a_counted_thing_before_it():
    (row,) = links("全年开展建设项目环评审查210件。")
    assert row[1].endswith("环评审查") and row[2] == "建设项目"


@pytest.mark.parametrize("text,expected", [
    ("8个社区、3个村均已建成调解室。", [("8个", "建成", "社区"), ("3个", "建成", "村")]),
    ("发布普法案例4批26个。", [("4批", "发布", "普法案例"), ("26个", "发布", "普法案例")]),
    ("对初次违法的个体户不予行政处罚56件。", [("56件", "不予行政处罚", None)]),
    ("全县共有320家商户作出诚信承诺。", [("320家", "作出", "商户")]),
])
def test_list_items_shared_objects_and_granting_verbs(text, expected):
    got = links(text)
    assert [(g[0], g[2]) for g in got] == [(e[0], e[2]) for e in expected]
    assert all(e[1] in g[1] for g, e in zip(got, expected))


@pytest.mark.parametrize("text,expected", [
    ("全年立案侦办电信诈骗案件236起。", ("236起", "立案侦办", "电信诈骗案件")),
    ("暂停医保服务协议12家。", ("12家", "暂停", "医保服务协议")),
    ("审查合同156份。", ("156份", "审查", "合同")),
])
def test_verb_compounds_and_nouns_jieba_mistags(text, expected):
    (row,) = links(text)
    assert row == expected


def test_a_breakdown_count_skips_a_percent_for_its_parent():
    got = links("新设立经营主体2,100户，同比增长6.5%，其中企业620户。政务服务事项网办比例达96%，其中“全程网办”事项880项。")
    assert got[2] == ("620户", got[0][1], "企业")
    assert got[4] == ("880项", None, "全程网办”事项") or got[4][1] is None


@pytest.mark.parametrize("text,number,activity", [
    ("召开局务会议听取法治工作汇报3次。", "3次", "听取"),
    ("举办业务培训12期、累计培训1,800人次。", "1,800人次", "培训"),
    ("出动执法人员900人次、执法车辆260台次。", "260台次", "出动"),
    ("全年开展联合执法行动36次。", "36次", "开展"),
])
def test_serial_verbs_and_list_items(text, number, activity):
    row = next(r for r in links(text) if r[0] == number)
    assert row[1] == activity


def test_a_breakdown_count_skips_a_time_limit_for_its_parent():
    got = links("受理信访事项80件，均在15日内办结，其中网上信访52件，同比减少9件。")
    assert [(g[0], g[1]) for g in got] == [("80件", "受理"), ("15日内", "办结"), ("52件", "受理"), ("9件", "受理")]


def test_a_time_limit_before_a_verb_that_produces_its_object():
    (row,) = links("对符合条件的申请均在7日内作出许可决定。")
    assert row[1] == "作出" and row[2] == "许可决定"


def test_money_after_a_penalty_verb_is_the_penalty():
    got = links("对3起违法占用林地案件分别处以罚款陆仟元和玖仟元。")
    assert [(g[0], g[1]) for g in got][1:] == [("陆仟元", "罚款"), ("玖仟元", "罚款")]


def test_existential_number_keeps_to_its_clause_and_names_its_subject():
    (row,) = links("部分司法所工作人员仅有2名，且多为兼职。")
    assert row[1] is None and "司法所工作人员" in row[2]


@pytest.mark.parametrize("text,number,activity", [
    ("对该企业处以罚款人民币捌万元，并责令停产整顿。", "捌万元", "罚款"),
    ("对初次违法行为依法不予处罚312起，当场教育纠正600余人次。", "312起", "不予处罚"),
    ("对拟出台的3件规范性文件进行合法性审查。", "3件", "审查"),
])
def test_dui_phrases_closed_by_their_act(text, number, activity):
    row = next(r for r in links(text) if r[0] == number)
    assert activity in row[1]


def test_a_breakdown_item_that_is_a_verb_and_its_object():
    got = links("作出行政处罚决定210件，其中适用简易程序38件。")
    assert got[1] == ("38件", "适用", "简易程序")


@pytest.mark.parametrize("text,number,object_", [
    ("组织机关干部旁听庭审3次。", "3次", None),
    ("为重大项目提供法律服务12次。", "12次", "法律服务"),
])
def test_a_count_of_events_counts_the_act(text, number, object_):
    row = next(r for r in links(text) if r[0] == number)
    assert row[2] == object_


@pytest.mark.parametrize("text,expected", [
    ("城乡居民基本养老保险参保率达到98%。", ("参保率", "城乡居民基本养老保险")),
    ("不动产登记的办理时限由10个工作日压缩至3个工作日。", ("办理时限", "不动产登记")),
    ("案件办结率达到96%。", ("案件办结率", None)),
])
def test_a_measure_named_with_what_it_measures(text, expected):
    row = links(text)[0]
    assert (row[1], row[2]) == expected


@pytest.mark.parametrize("text,number,activity,object_", [
    ("拆除违法建筑18处、面积2,400平方米。", "2,400平方米", "拆除", "面积"),
    ("组织全市公安系统2,300余名民警参加培训。", "2,300余名", "组织", "民警"),
    ("督促6个乡镇和14个社区落实整改。", "14个", "督促", "社区"),
])
def test_coordinated_measures_and_nouns_after_the_number(text, number, activity, object_):
    row = next(r for r in links(text) if r[0] == number)
    assert (row[1], row[2]) == (activity, object_)


@pytest.mark.parametrize("text,number,activity,object_", [
    ("全年开展执法调研共计36次。", "36次", "执法调研", None),
    ("审批时限由法定的20个工作日压缩至8个工作日。", "8个工作日", "审批时限", None),
    ("全区现有持证执法人员420名，较上年增加35名。", "35名", None, None),
])
def test_fillers_baselines_and_stock_changes(text, number, activity, object_):
    row = next(r for r in links(text) if r[0] == number)
    assert (row[1], row[2]) == (activity, object_)


def test_a_breakdown_opening_a_sentence_takes_the_first_count_before():
    got = links("全年受理行政许可事项2,400件，办结2,400件。其中施工许可900件，预售许可150件。")
    assert [(g[0], g[1]) for g in got][2:] == [("900件", "受理"), ("150件", "受理")]


@pytest.mark.parametrize("text,number,activity,object_", [
    ("对存在违法行为的12家企业依法列入黑名单。", "12家", "列入", "企业"),
    ("执法大队现有执法人员26名。", "26名", None, "执法人员"),
    ("党组成员7人分别联系9个执法中队。", "7人", "联系", "党组成员"),
])
def test_modified_counts_stock_counts_and_subjects(text, number, activity, object_):
    row = next(r for r in links(text) if r[0] == number)
    assert (row[1], row[2]) == (activity, object_)


def test_verbs_naming_the_document_issued():
    (row,) = links("下达责令整改通知书46份。")
    assert row[1] == "下达" and "通知书" in row[2]


@pytest.mark.parametrize("text,number,activity", [
    ("核查属实的58条已依法处理。", "58条", "依法处理"),
    ("局主要负责人带头讲授法治课3次。", "3次", "讲授"),
    ("全县现有城乡低保对象9,800人、特困供养人员1,260人。", "1,260人", None),
])
def test_relative_clauses_manner_verbs_and_lists_after_a_stock_verb(text, number, activity):
    row = next(r for r in links(text) if r[0] == number)
    assert row[1] == activity


def test_breakdowns_after_a_comma_and_across_a_sentence():
    got = links("立案查处文化市场违法案件76起，同比下降2.7%。其中，违规接纳未成年人案件31起、无证经营案件22起。")
    assert [(g[0], g[1]) for g in got][2:] == [("31起", "立案查处"), ("22起", "立案查处")]
    got = links("查处交通违法案件900起。其中，查处货车超限超载案件318起。")
    assert got[1][1] == "查处" and "案件" in got[1][2]
