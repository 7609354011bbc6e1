"""verb_before: the verb before the number governs it, its object between them."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("受理审批事项1818件。", [("1818件", "受理", "审批事项", "verb_before")]),
    ("立案查处各类违法案件44起。", [("44起", "立案查处", "违法案件", "verb_before")]),
    ("开展行政检查388次。", [("388次", "行政检查", None, "verb_before")]),
    ("开展学习交流会400余次。", [("400余次", "开展", "学习交流会", "verb_before")]),
    ("组织42家医疗单位贯彻执行。", [("42家", "组织", "医疗单位", "verb_before")]),
    ("有行政复议案件4件。", [("4件", "行政复议", "案件", "verb_before")]),
    ("现有执业律师2.86万名。", [("2.86万名", None, "执业律师", "verb_before")]),
    ("全市共有1,230家门店作出承诺。", [("1,230家", "作出", "门店", "verb_before")]),
    ("清理规范性文件36件，其中废止9件。", [("36件", "清理", "规范性文件", "verb_before"),
                                ("9件", "废止", None, "verb_before")]),
    ("共检查医疗机构324户次。", [("324户次", "检查", "医疗机构", "verb_before")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text,expected", [
    # 1. verb before the number, object between
    ("全年共受理行政许可申请2360件。", [("2360件", "受理", "行政许可申请")]),
    ("依法查处违法建设行为87起。", [("87起", "查处", "违法建设行为")]),
    # ... unless the item is itself a verb (docs/annotation.md)
    ("清理规范性文件36件，其中废止9件、修改3件。", [("36件", "清理", "规范性文件"), ("9件", "废止", None),
                                       ("3件", "修改", None)]),
    # light verb + action noun; light verb + event noun
    ("开展执法检查45次。", [("45次", "执法检查", None)]),
    ("举办法治讲座12场。", [("12场", "举办", "法治讲座")]),
    # existential 有
    ("全年有行政诉讼案件7件。", [("7件", "行政诉讼", "案件")]),
    # no verb: the event noun (a table row read as a line)
    ("行政诉讼案件6件", [("6件", "行政诉讼", "案件")]),
    # quoted counted names lose their quotes
    ("推出“免证办”事项40项。", [("40项", "推出", "免证办”事项")]),
    # after a pivot and its object, the number's own verb; a verb in a prepositional phrase never governs
    ("组织全局科级干部观摩庭审3次。", [("3次", "观摩", None)]),
    ("通过调解方式化解纠纷45件。", [("45件", "化解", "纠纷")]),
    # the number right after 共有 is the subject of the predicate that follows
    ("全市共有520家药店作出诚信经营承诺。", [("520家", "作出", "药店")]),
])
def test_constructions(text, expected, links, check):
    check(links(text), expected)


def test_stock_counts_have_no_activity_and_keep_their_noun(links):
    got = links("全县现有人民调解员1,120名、调解组织315个。")
    assert got == [("1,120名", None, "人民调解员"), ("315个", None, "调解组织")]


@pytest.mark.parametrize("text,expected", [
    ("对全市各类合同、协议进行合法性审查45份。", ("45份", "合法性审查", "合同、协议")),
    ("对多次违规企业约谈12家次。", ("12家次", "约谈", "违规企业")),
])
def test_what_dui_introduces_is_counted_when_nothing_follows_the_number(text, expected, links):
    (row,) = links(text)
    assert row[0] == expected[0] and expected[1] in row[1] and expected[2] in row[2]


def test_light_verb_action_noun_with_a_counted_thing_before_it(links):
    (row,) = links("全年开展建设项目环评审查210件。")
    assert row[1].endswith("环评审查") and row[2] == "建设项目"


@pytest.mark.parametrize("text,expected", [
    ("发布普法案例4批26个。", [("4批", "发布", "普法案例"), ("26个", "发布", "普法案例")]),
    ("全县共有320家商户作出诚信承诺。", [("320家", "作出", "商户")]),
])
def test_list_items_shared_objects_and_granting_verbs(text, expected, links):
    got = links(text)
    assert [(g[0], g[2]) for g in got] == [(e[0], e[2]) for e in expected]
    assert all(e[1] in g[1] for g, e in zip(got, expected))


@pytest.mark.parametrize("text,expected", [
    ("全年立案侦办电信诈骗案件236起。", ("236起", "立案侦办", "电信诈骗案件")),
    ("暂停医保服务协议12家。", ("12家", "暂停", "医保服务协议")),
    ("审查合同156份。", ("156份", "审查", "合同")),
])
def test_verb_compounds_and_nouns_jieba_mistags(text, expected, links):
    (row,) = links(text)
    assert row == expected


@pytest.mark.parametrize("text,number,activity", [
    ("召开局务会议听取法治工作汇报3次。", "3次", "听取"),
    ("举办业务培训12期、累计培训1,800人次。", "1,800人次", "培训"),
    ("出动执法人员900人次、执法车辆260台次。", "260台次", "出动"),
    ("全年开展联合执法行动36次。", "36次", "开展"),
])
def test_serial_verbs_and_list_items(text, number, activity, links):
    row = next(r for r in links(text) if r[0] == number)
    assert row[1] == activity


def test_existential_number_keeps_to_its_clause_and_names_its_subject(links):
    (row,) = links("部分司法所工作人员仅有2名，且多为兼职。")
    assert row[1] is None and "司法所工作人员" in row[2]


@pytest.mark.parametrize("text,number,activity", [
    ("对初次违法行为依法不予处罚312起，当场教育纠正600余人次。", "312起", "不予处罚"),
])
def test_dui_phrases_closed_by_their_act(text, number, activity, links):
    row = next(r for r in links(text) if r[0] == number)
    assert activity in row[1]


def test_a_breakdown_item_that_is_a_verb_and_its_object(links):
    got = links("作出行政处罚决定210件，其中适用简易程序38件。")
    assert got[1] == ("38件", "适用", "简易程序")


@pytest.mark.parametrize("text,number,activity,object_", [
    ("组织全市公安系统2,300余名民警参加培训。", "2,300余名", "组织", "民警"),
    ("督促6个乡镇和14个社区落实整改。", "14个", "督促", "社区"),
])
def test_coordinated_measures_and_nouns_after_the_number(text, number, activity, object_, links):
    row = next(r for r in links(text) if r[0] == number)
    assert (row[1], row[2]) == (activity, object_)


@pytest.mark.parametrize("text,number,activity,object_", [
    ("全年开展执法调研共计36次。", "36次", "执法调研", None),
])
def test_fillers_baselines_and_stock_changes(text, number, activity, object_, links):
    row = next(r for r in links(text) if r[0] == number)
    assert (row[1], row[2]) == (activity, object_)


@pytest.mark.parametrize("text,number,activity,object_", [
    ("执法大队现有执法人员26名。", "26名", None, "执法人员"),
])
def test_modified_counts_stock_counts_and_subjects(text, number, activity, object_, links):
    row = next(r for r in links(text) if r[0] == number)
    assert (row[1], row[2]) == (activity, object_)


def test_verbs_naming_the_document_issued(links):
    (row,) = links("下达责令整改通知书46份。")
    assert row[1] == "下达" and "通知书" in row[2]


@pytest.mark.parametrize("text,number,activity", [
    ("核查属实的58条已依法处理。", "58条", "处理"),  # the manner adverb is no part of the act
    ("局主要负责人带头讲授法治课3次。", "3次", "讲授"),
    ("全县现有城乡低保对象9,800人、特困供养人员1,260人。", "1,260人", None),
])
def test_relative_clauses_manner_verbs_and_lists_after_a_stock_verb(text, number, activity, links):
    row = next(r for r in links(text) if r[0] == number)
    assert row[1] == activity


@pytest.mark.parametrize("text,number,activity", [
    ("指导门店设立限用农药专柜87个。", "87个", "设立"),
    ("指导省内企业应对国外贸易救济调查案件17起。", "17起", "应对"),
    ("组织全县312名科级以上领导干部参加年度学法考试。", "312名", "组织"),  # the count is the pivot's object
])
def test_after_a_pivot_and_its_object_the_inner_verb_governs(text, number, activity, links):
    assert next(r for r in links(text) if r[0] == number)[1] == activity


def test_a_breakdown_item_with_its_manner_keeps_its_own_verb(links):
    rows = links("全年受理审批事项1,286件，其中以告知承诺方式办理743件。")
    assert rows[1][0] == "743件" and rows[1][1] == "办理" and rows[1][2] is None


def test_a_verb_right_before_de_modifies_the_noun(links):
    assert links("追回被冒领、违规领取的社会保险基金1.36亿元。")[0][1] == "追回"
    assert links("依法拆除违规设置的卫星电视地面接收设施320余套。")[0][1] == "拆除"
    assert links("全市新设立的调解组织6个。")[0][1] == "设立"  # alone, it is the count's act


def test_a_level_word_alone_shares_the_head_of_the_next_item(links):
    rows = links("建成3个市级、5个县级法治宣传阵地。")
    assert rows == [("3个", "建成", "法治宣传阵地"), ("5个", "建成", "县级法治宣传阵地")]


def test_long_action_names_stay_whole(links):
    # docs/annotation.md, 2026-12-03: 重大执法决定法制审核 is one act, not 决定 + 审核
    assert links("全年开展重大执法决定法制审核213件。") == [("213件", "重大执法决定法制审核", None)]


def test_a_topic_before_the_verb_is_what_it_counts(links):
    assert links("全省一审行政诉讼案件新收1.21万件。") == [("1.21万件", "新收", "一审行政诉讼案件")]
    assert links("区政府作为被告的一审行政诉讼案件新收58件。")[0][2] == "一审行政诉讼案件"


def test_examples_closed_by_deng_leave_the_noun_after_the_count_as_object(links):
    # 等 closes a list of examples: what is counted is named after the number
    assert links("发布营业执照等8个电子证照标准。") == [("8个", "发布", "电子证照标准")]
    # with nothing after the number, the examples are the object
    assert links("审查合同协议等317件。")[0][1:] == ("审查", "合同协议")


def test_a_breakdown_item_naming_a_kind_of_the_parents_things_inherits(links):
    rows = links("全年办理行政处罚案件2.3万件，其中适用简易程序案件1.12万件。")
    assert rows[1] == ("1.12万件", "办理", "适用简易程序案件")
    rows = links("公布权责清单事项312项，其中行政许可13项。")
    assert rows[1] == ("13项", "公布", "行政许可")
    # a reporting verb in the item is the item's own act
    rows = links("全年结案1,234件，其中查处虚开发票案件41件。")
    assert rows[1][1] == "查处"


def test_a_relative_clause_verb_governs_when_the_predicate_after_counts_its_own(links):
    rows = links("督察组交办的1,826件群众信访举报件已办结1,809件。")
    assert rows[0][:2] == ("1,826件", "交办") and rows[1][:2] == ("1,809件", "办结")
    assert links("核查属实的96条已依法处理。")[0][1] == "处理"  # no number of its own: the predicate


def test_a_list_item_whose_only_verb_modifies_its_noun_takes_the_list_verb(links):
    rows = links("出动执法人员6,820人次、执法车船1,430辆次。")
    assert [r[1] for r in rows] == ["出动", "出动"]
    rows = links("下发整改通知单1,572份、局部停工通知书86份。")
    assert rows[1][1] == "下发"
    # an item with a reporting verb of its own, or whose head is an act, keeps its verb
    assert links("受理行政复议案件12件、审结行政复议案件10件。")[1][1] == "审结"
    assert links("因政府信息公开被申请行政复议2件、提起行政诉讼1件。")[1][1] == "提起"


def test_after_an_existential_a_verb_right_after_the_count_modifies_its_noun(links):
    assert links("全年有1件执法案卷获评全省优秀案卷。") == [("1件", "获评", "执法案卷")]


def test_under_a_count_of_cases_a_verb_and_its_noun_name_a_kind_of_case(links):
    rows = links("共发生案件40起，其中占用耕地12起、无证采砂9起。")
    assert [r[1] for r in rows] == ["发生", "发生", "发生"]
    assert links("发生行政诉讼案件4件，其中撤诉1件。")[1][1] == "撤诉"  # a verb alone is an act


def test_coordinated_verbs_share_the_count(links):
    assert links("全年起草、审核合同45份。") == [("45份", "起草、审核", "合同")]


def test_a_verb_inside_a_prepositions_noun_phrase_does_not_govern(links):
    assert links("在市行政执法信息公示平台公示执法信息2,140条。")[0][1:] == ("公示", "执法信息")
    assert links("区政府办公室受理政府信息公开申请94件。")[0][1] == "受理"  # the leftmost reporting verb


def test_survey_and_inspection_names_are_actions_after_a_light_verb(links):
    assert links("开展问卷调查1,240份。")[0][1] == "问卷调查"
    assert links("对民政服务窗口开展明察暗访6次。")[0][1:] == ("明察暗访", "民政服务窗口")


def test_a_verb_object_compound_between_reporting_verbs_ends_their_chain(links):
    assert links("公开征求意见收到意见建议87条。")[0][1] == "收到"


def test_a_verb_naming_an_events_kind_leaves_the_event_to_the_light_verb(links):
    assert links("开展“你点我检”抽检活动12场。")[0][1] == "开展"
