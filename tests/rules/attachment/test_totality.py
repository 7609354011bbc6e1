"""totality: a count (and its noun) before 全部/均 + predicate is that predicate's subject."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("省级政务服务事项186项全部纳入省一体化政务服务平台。", [("186项", "纳入", "事项", "totality")]),
    ("省级下放的11项行政许可事项全部制定承接清单。", [("11项", "制定", "行政许可事项", "totality")]),
    ("502家公共场所单位全部评为C级单位。", [("502家", "评为", "公共场所单位", "totality")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text", [
    "审查规范性文件25件，均报送备案。",       # the verb before the count governs it
    "受理投诉举报120件全部办结。",            # the same, without the comma
])
def test_a_verb_before_the_count_keeps_it(text, explain):
    assert explain(text)[0][3] != "totality"
