"""remainder: the rest of a count, subject of its own predicate."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("发生行政诉讼案件5件，一审胜诉4件，另1件仍在审理中。",
     [("5件", "发生", "行政诉讼案件", "verb_before"), ("4件", "一审胜诉", None, "verb_before"),
      ("1件", "审理", None, "remainder")]),
    ("已办结信访举报件1,809件，其余17件正在按时序推进。",
     [("1,809件", "办结", "信访举报件", "verb_before"), ("17件", "推进", None, "remainder")]),
    ("经复议维持9件，另2件申请人主动撤回。",
     [("9件", "维持", None, "verb_before"), ("2件", "撤回", None, "remainder")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


def test_noun_after_the_count_without_a_pronoun_is_the_object(links):
    rows = links("全年检查企业320家，共有17家企业因严重违法行为被列入严重违法失信名单。")
    assert rows[1] == ("17家", "列入", "企业")


@pytest.mark.parametrize("text", [
    "其中行政许可事项186项、行政处罚事项742项。",   # nouns before the count: a breakdown, not a remainder
    "另有5件。",                                     # no predicate of its own
])
def test_not_a_remainder(text, explain):
    assert all(name != "remainder" for *_, name in explain("梳理公布清单事项1260项，" + text))
