"""verb_object_compound (refiner): an "object" that is part of the act's name joins it."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("全年收案69件。", [("69件", "收案", None, "verb_before")]),  # jieba already reads 收案 as one verb
    ("宣布失效3件。", [("3件", "宣布失效", None, "verb_before+verb_object_compound")]),
    ("不予行政处罚327件。", [("327件", "不予行政处罚", None, "verb_before+verb_object_compound")]),
    ("组织干部旁听庭审两次。", [("两次", "旁听庭审", None, "verb_before+verb_object_compound")]),
    ("开展执法巡查和专项督察12次。", [("12次", "执法巡查和专项督察", None, "verb_before+verb_object_compound")]),
    ("提供法律咨询服务12次。", [("12次", "提供", "法律咨询服务", "verb_before")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text,activity", [("全年收案86件。", "收案"), ("宣布失效5件。", "宣布失效")])
def test_a_one_character_or_adjective_object_belongs_to_the_verb(text, activity, links):
    (row,) = links(text)
    assert row[1] == activity and row[2] is None


@pytest.mark.parametrize("text,expected", [
    ("对初次违法的个体户不予行政处罚56件。", [("56件", "不予行政处罚", None)]),
])
def test_list_items_shared_objects_and_granting_verbs(text, expected, links):
    got = links(text)
    assert [(g[0], g[2]) for g in got] == [(e[0], e[2]) for e in expected]
    assert all(e[1] in g[1] for g, e in zip(got, expected))


@pytest.mark.parametrize("text,number,object_", [
    ("组织机关干部旁听庭审3次。", "3次", None),
    ("为重大项目提供法律服务12次。", "12次", "法律服务"),
])
def test_a_count_of_events_counts_the_act(text, number, object_, links):
    row = next(r for r in links(text) if r[0] == number)
    assert row[2] == object_


def test_a_result_after_the_verb_is_part_of_the_act(links):
    assert links("其中继续有效71件、修改9件。")[0][1:] == ("继续有效", None)
    assert links("已整改完成45个。")[0][1:] == ("整改完成", None)
