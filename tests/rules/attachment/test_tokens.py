"""The tokens of a sentence: quantities and quoted names whole, the tagger's
words relabelled (rate names it splits merged again)."""
import pytest

from lawgov_nlp.rules.attachment import PUNCT_POS, QUANTITY_POS, QUOTED_POS, AttachmentRules, Tok
from lawgov_nlp.rules.quantity_grammar import Quantity


@pytest.fixture(scope="module")
def rules(nlp):
    return nlp.get_pipe("lawgov_attacher").rules


def _quantities(nlp, text):
    with nlp.select_pipes(disable=["lawgov_attacher"]):
        doc = nlp(text)
    from lawgov_nlp.extensions import get_record
    return [Quantity.from_record(get_record(s)) for s in doc.spans["indicators"]]


def test_quantities_and_quoted_names_are_single_tokens(nlp, rules):
    text = "推出“免证办”事项40项，办结率100%。"
    qs = _quantities(nlp, text)
    toks = rules.tokenize(text, 0, len(text), list(enumerate(qs)))
    assert all(isinstance(t, Tok) for t in toks)
    assert "".join(t.text for t in toks) == text
    assert [(t.text, t.q) for t in toks if t.pos == QUANTITY_POS] == [("40项", 0), ("100%", 1)]
    assert [t.text for t in toks if t.pos == QUOTED_POS] == ["“免证办”"]
    assert any(t.pos == PUNCT_POS and t.text == "，" for t in toks)


def test_tokenize_is_the_attachment_rules_own(rules):
    assert isinstance(rules, AttachmentRules)
    assert rules.tokenize("罚款3万元。", 0, 6, []) == rules.tokenizer.tokenize("罚款3万元。", 0, 6, [])


def test_rate_names_the_tagger_splits_stay_whole(links):
    got = links("备案率、及时率、规范率均为100%。")
    assert [g[1] for g in got] == ["备案率", "及时率", "规范率"]


@pytest.mark.parametrize("text,expected", [
    # a parenthetical inside the noun phrase stays in the object
    ("培育乡村法治带头人（骨干）260名。", [("260名", "培育", "法治带头人（骨干）")]),
])
def test_constructions(text, expected, links, check):
    check(links(text), expected)


def test_a_frame_head_is_a_noun_across_a_quoted_name(links):
    # the tagger sees 按照 and 要求 apart (the quoted name is one token): the tokenizer checks the frame
    assert links("按照“两个全覆盖”要求检查门店120家次。") == [("120家次", "检查", "门店")]


@pytest.mark.parametrize("text,activity,obj", [
    ("全年审批取水许可申请86件。", "审批", "取水许可申请"),
    ("全年响应部门数据共享调用请求2,367万次。", "响应", "部门数据共享调用请求"),
    ("全年新收行政复议申请286件。", "新收", "行政复议申请"),
])
def test_a_verbal_head_after_a_noun_right_before_the_number_is_a_noun(text, activity, obj, links):
    assert links(text)[0][1:] == (activity, obj)
