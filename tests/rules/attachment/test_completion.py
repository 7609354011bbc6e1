"""completion: 完成 + count + noun + act → the act completed."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("完成8项省级事项承接。", [("8项", "承接", "省级事项")]),
    ("完成14条市级河湖健康评价。", [("14条", "健康评价", "市级河湖")]),
    ("完成县级下放的42项行政执法事项承接工作。", [("42项", "承接", "行政执法事项")]),
])
def test_docstring_examples(text, expected, links):
    assert links(text) == expected


def test_completion_applies_only_to_completive_verbs(explain):
    assert all(r[-1] != "completion" for r in explain("开展8项省级事项承接。"))


def test_a_plain_noun_after_the_count_is_no_act(explain):
    assert all(r[-1] != "completion" for r in explain("完成8个村庄，验收合格。"))
