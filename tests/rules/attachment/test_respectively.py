"""respectively: 分别 pairs the n-th number with the n-th coordinated verb."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("受理、办结案件分别为120件、115件。", [("120件", "受理", "案件", "respectively"),
                                ("115件", "办结", "案件", "respectively")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


def test_respectively_pairs_verbs_and_numbers(links):
    got = links("全年受理、审结行政复议案件分别为57件、52件。")
    assert [(g[0], g[1]) for g in got] == [("57件", "受理"), ("52件", "审结")]
    assert all(g[2] == "行政复议案件" for g in got)
