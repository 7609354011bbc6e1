"""event_noun: no verb — an event noun names the act, a copula measures its subject."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("参训人员达600人次。", [("600人次", "参训人员", None, "event_noun")]),
    ("发放宣传资料约4.5万份，受益群众达12万人次。", [("4.5万份", "发放", "宣传资料", "verb_before"),
                                      ("12万人次", "受益群众", None, "event_noun")]),
    # verb_before reads an action noun tagged vn opening a verbless clause first
    ("行政处罚案件44件", [("44件", "行政处罚", "案件", "verb_before")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


def test_copula_measures_its_subject(links):
    (row,) = links("参训人员达350人次。")
    assert row[1] == "参训人员"
