"""volume: a noun ending in 量 right before a count names the volume counted."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("全年窗口办件量4.31万件。", [("4.31万件", "办件量", None)]),
    ("电子证照调用量突破480万次。", [("480万次", "调用量", None)]),
    ("累计浏览量超过1,200万人次。", [("1,200万人次", "浏览量", None)]),
])
def test_docstring_examples(text, expected, links):
    assert links(text) == expected


def test_only_counts_take_a_volume(explain):
    assert all(r[-1] != "volume" for r in explain("处理量占比达到45%。"))
