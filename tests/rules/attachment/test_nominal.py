"""nominal: the fallback — no activity, the noun phrase before the number is counted."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("公证机构112家。", [("112家", None, "公证机构", "nominal")]),
    ("直接受众超过600万人次。", [("600万人次", None, "受众", "nominal")]),
    ("受众1.4万余人次。", [("1.4万余人次", None, "受众", "nominal")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text,number,activity,object_", [
    ("全区现有持证执法人员420名，较上年增加35名。", "35名", None, None),
])
def test_fillers_baselines_and_stock_changes(text, number, activity, object_, links):
    row = next(r for r in links(text) if r[0] == number)
    assert (row[1], row[2]) == (activity, object_)
