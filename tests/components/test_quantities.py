import spacy

import lawgov_nlp  # noqa: F401


def _nlp():
    nlp = spacy.blank("zh")
    nlp.add_pipe("lawgov_sections")
    nlp.add_pipe("lawgov_quantities")
    return nlp


def test_spans_carry_normalized_fields():
    doc = _nlp()("共处罚款12.5万元，检查门店300余家次，满意率达到97%。")
    spans = list(doc.spans["indicators"])
    assert [s.text for s in spans] == ["12.5万元", "300余家次", "97%"]
    money, count, rate = spans
    assert (money._.value, money._.unit, money._.kind) == (125000.0, "元", "money")
    assert (count._.value, count._.unit, count._.qualifier) == (300.0, "家次", "more_than")
    assert (rate._.unit, rate._.kind) == ("%", "percent")


def test_works_without_the_sections_component():
    nlp = spacy.blank("zh")
    nlp.add_pipe("lawgov_quantities")
    doc = nlp("发放手册2000份。")
    assert [s.text for s in doc.spans["indicators"]] == ["2000份"]
    assert doc.spans["indicators"][0]._.lawgov["sentence"] == "发放手册2000份。"


def test_custom_units_file(tmp_path):
    import json

    path = tmp_path / "units.json"
    path.write_text(json.dumps({"version": 1, "excluded": {}, "units": [
        {"surface": "桶", "unit": "桶", "kind": "measure", "scale": 1}]}), encoding="utf-8")
    nlp = spacy.blank("zh")
    nlp.add_pipe("lawgov_quantities", config={"units": str(path)})
    doc = nlp("回收废油30桶，发放手册2000份。")
    assert [s.text for s in doc.spans["indicators"]] == ["30桶"]
