import pytest

from lawgov_nlp.rules.nonindicators import default_rules
from lawgov_nlp.rules.quantity_grammar import default_grammar


def verdicts(text):
    found, _ = default_grammar().scan(text)
    rules = default_rules()
    return {q.text: rules.veto(text, q, found) for q in found}


@pytest.mark.parametrize("text,surface,reason", [
    ("全面落实行政执法三项制度", "三项", "name"),
    ("根据第三十二条规定", "三十二条", "ordinal"),
    ("排名第3位", "3位", "ordinal"),
    ("位列全省前三名", "三名", "ranking"),
    ("推行“一网通办、一次办好”", "一次", "inside_quotes_or_title"),
    ("印发《关于开展2项试点的通知》", "2项", "inside_quotes_or_title"),
    ("全年无一起安全事故", "一起", "negation_or_demonstrative"),
    ("对1家5000吨以上企业开展检查", "5000吨以上", "threshold"),
    ("处以200元以下罚款", "200元以下", "threshold"),
    ("三番五次上门", "五次", "idiom"),
    ("落实一户一档管理", "一户", "idiom"),
    ("推行一次性告知", "一次", "idiom"),
    ("做到四个“最”", "四个", "structural"),
    ("提供7×24小时服务", "24小时", "code_or_formula"),
])
def test_vetoes(text, surface, reason):
    assert verdicts(text)[surface] == reason


@pytest.mark.parametrize("text,surface", [
    ("共检查企业3家", "3家"), ("开展培训两次", "两次"), ("罚款伍万元", "伍万元"),
    ("检查1家企业，发现问题5个", "1家"), ("完成率95%以上。", "95%以上"),
])
def test_indicators_pass(text, surface):
    assert verdicts(text)[surface] is None


def test_bare_power_threshold_is_no_candidate():
    assert verdicts("对3家万吨以上企业开展检查") == {"3家": None}


@pytest.mark.parametrize("section,sentence,future", [
    ("三、2025年工作打算 > （一）深化改革", "力争年内完成20个县的评估。", True),
    ("四、下一步工作安排", "计划培训执法人员500人次。", True),
    ("四、下一步工作安排", "行政处罚案件44件", False),  # a table after the plan: data, not a target
    ("一、2024年工作开展情况", "下一步，将新建调解室12个。", True),
    ("一、2024年工作开展情况", "一是下一步将培训200人次。", True),
    ("一、2024年工作开展情况 > （二）年度工作计划落实情况", "完成计划任务36项。", False),
    ("二、主要做法", "全年培训执法人员500人次。", False),
    ("", "", False),
])
def test_plans_for_the_next_period(section, sentence, future):
    assert default_rules().future_plan(section, sentence) is future


def test_a_target_in_the_plan_is_kept_as_rejected():
    import lawgov_nlp

    text = "一、2024年工作情况\n培训执法人员500人次。\n二、2025年工作打算\n力争培训执法人员800人次。"
    nlp = lawgov_nlp.load()
    doc = nlp(text)
    assert [s.text for s in doc.spans["indicators"]] == ["500人次"]
    refused = [(s.text, s._.lawgov["reason"]) for s in doc.spans["lawgov_rejected"]]
    # with the headings' list markers and years, which are refused too (issue 13), in text order
    assert refused == [("一、", "list_marker"), ("2024年", "date"), ("二、", "list_marker"), ("2025年", "date"),
                       ("800人次", "future_plan")]


@pytest.mark.parametrize("text,kept", [
    ("每个乡镇配备专职人民调解员3至5名。", []),
    ("各执法中队每周开展夜间巡查两三次。", []),
    ("全年开展夜间巡查120次，每次出动执法人员6名。", ["120次"]),
])
def test_per_unit_norms_are_not_mentions(text, kept):
    import lawgov_nlp

    assert list(lawgov_nlp.extract(text)["text"]) == kept


def test_what_each_unit_got_is_a_norm_and_an_age_is_no_week():
    import lawgov_nlp
    assert [r.text for r in lawgov_nlp.extract("为13个村（社区）各聘请1名法律顾问。").itertuples()] == ["13个"]
    assert [r.text for r in lawgov_nlp.extract("惠及8.7万名80周岁以上老年人。").itertuples()] == ["8.7万名"]
