"""N次 + verb: a frequency said before the act it counts."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("分管领导4次带队督导、9次听取专题汇报。", [("4次", "带队督导", None, "frequency_adverbial"),
                                            ("9次", "听取", "专题汇报", "frequency_adverbial")]),
    ("县长4次带队督导乡镇和部门、9次听取汇报。", [("4次", "带队督导", "乡镇和部门", "frequency_adverbial")]),
    ("负责人3次主持召开专题会议、5次批示督办重点案件。", [("5次", "批示督办", None, "frequency_adverbial")]),
])
def test_docstring_examples(text, expected, explain):
    got = {g[0]: g for g in explain(text)}
    for number, act, obj, name in expected:
        _, gact, gobj, gname = got[number]
        assert gname.split("+")[0] == name and gact is not None and (act in gact or gact in act)
        if obj is not None:
            assert gobj is not None and (obj in gobj or gobj in obj)


@pytest.mark.parametrize("text,number", [
    ("开展检查5次发现问题12个。", "5次"),      # a verb before the number governs it
    ("全年集体学法十二次。", "十二次"),         # nothing after the number
    ("召开会议3次，研究议题8个。", "3次"),       # a clause break after the number
])
def test_not_a_frequency_adverbial(text, number, explain):
    got = {g[0]: g for g in explain(text)}
    assert not got[number][3].startswith("frequency_adverbial")


def test_a_light_verb_after_the_verb_goes_with_it(links):
    rows = links("全年3次主持召开党组会议专题研究法治工作、6次听取汇报。")
    assert rows[0] == ("3次", "主持召开", "党组会议")


def test_what_the_act_after_the_frequency_deals_with_is_its_object(links):
    rows = links("两次带队督导乡镇农业综合执法工作、三次听取汇报。")
    assert rows[0] == ("两次", "带队督导", "乡镇农业综合执法工作")


@pytest.mark.parametrize("text,activity", [
    ("厅主要负责人2次带队赴市县开展法治督察、3次听取汇报。", "法治督察"),   # led there, then the act
    ("局主要负责人3次到基层执法中队调研。", "到基层执法中队调研"),         # going to a place, then the act
])
def test_leading_and_going_to_a_place_bring_the_actor_to_the_act(text, activity, links):
    row = links(text)[0]
    assert row[1] == activity and row[2] is None  # the place is no object
