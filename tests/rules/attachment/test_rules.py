"""The orchestrator: constructions found by name, tried in the order the data
gives, the construction behind each quantity's links reported."""
import json

import pytest

import lawgov_nlp
from lawgov_nlp.rules.attachment import AttachmentRules
from lawgov_nlp.rules.attachment.constructions import CONSTRUCTIONS, get_construction, register
from lawgov_nlp.rules.lexicons import LexiconError, data_path, load_json


def test_the_order_is_data_and_every_name_is_registered():
    data = load_json("attachment.json")
    order, refiners = data["construction_order"], data["construction_refiners"]
    assert order[-1] == "nominal"  # it always proposes
    assert set(order) | set(refiners) | {"line_label"} == set(CONSTRUCTIONS)
    for name in order:
        construction = get_construction(name)
        assert construction.name == name and callable(construction.propose)
        assert construction.__doc__ and construction.__doc__.strip()
    for name in refiners:
        assert callable(get_construction(name).refine)


def test_an_unknown_construction_is_a_clear_error():
    with pytest.raises(LexiconError, match="no_such_construction"):
        get_construction("no_such_construction")


def test_explain_gives_one_construction_name_per_quantity(explain):
    got = explain("全年共受理行政许可申请2360件，办结率100%，罚没款8.5万元。")
    assert [(g[0], g[3]) for g in got] == [("2360件", "verb_before"), ("100%", "rate_or_share"),
                                          ("8.5万元", "money_noun")]


def test_attach_without_explain_returns_the_links_only(nlp):
    from lawgov_nlp.components._common import doc_outline, doc_text
    from lawgov_nlp.extensions import get_record
    from lawgov_nlp.rules.quantity_grammar import Quantity

    with nlp.select_pipes(disable=["lawgov_attacher"]):
        doc = nlp("受理审批事项1818件。")
    qs = [Quantity.from_record(get_record(s)) for s in doc.spans["indicators"]]
    rules = nlp.get_pipe("lawgov_attacher").rules
    links = rules.attach(doc_text(doc), doc_outline(doc).sentences, qs)
    assert links == rules.attach(doc_text(doc), doc_outline(doc).sentences, qs, explain=True)[0]
    assert links[0][0]["activity"] == [0, 2]
    assert links[0][0]["rule"] == "verb_before"  # the construction's name, kept in the link for the scorer


def test_the_component_writes_no_rule_name_on_the_span(nlp):
    from lawgov_nlp.extensions import get_record

    doc = nlp("受理审批事项1818件。")
    (span,) = doc.spans["indicators"]
    assert get_record(span)["links"] == [{"activity": [0, 2], "object": [2, 6]}]


class _Never:
    name = "test_never"

    def propose(self, ctx, sent, k, left, right, q, done):
        return None


class _Everything:
    """Every number is counted by the whole sentence (a test construction)."""
    name = "test_everything"

    def propose(self, ctx, sent, k, left, right, q, done):
        return [{"activity": [sent.toks[0].start, sent.toks[-1].end], "object": None}]


def test_a_new_construction_is_one_class_and_one_data_entry(tmp_path):
    register(_Never)
    register(_Everything)
    try:
        data = dict(load_json("attachment.json"))
        data["construction_order"] = ["test_never", "test_everything", *data["construction_order"]]
        path = tmp_path / "attachment.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        nlp = lawgov_nlp.load(config={"lawgov_attacher": {"rules": str(path)}})
        df = lawgov_nlp.extract("受理审批事项1818件。", nlp=nlp)
        assert list(df["activity"]) == ["受理审批事项1818件。"]
    finally:
        CONSTRUCTIONS.pop("test_never")
        CONSTRUCTIONS.pop("test_everything")


def test_a_word_list_file_without_an_order_takes_the_package_order(tmp_path):
    data = {k: v for k, v in load_json("attachment.json").items() if not k.startswith("construction_")}
    path = tmp_path / "attachment.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rules = AttachmentRules(None, str(path))
    assert [c.name for c in rules.constructions] == load_json(data_path("attachment.json"))["construction_order"]


def test_a_construction_that_raises_is_named_error(monkeypatch, nlp, explain):
    from lawgov_nlp.rules.attachment.constructions.money_noun import MoneyNoun

    def broken(self, *args):
        raise IndexError("a rule bug")

    monkeypatch.setattr(MoneyNoun, "propose", broken)
    assert explain("罚没款8.5万元。") == [("8.5万元", None, None, "error")]


def test_a_construction_registered_in_spacys_registry_is_found():
    from spacy.util import registry

    registry.misc.register("test.never_construction.v1", func=lambda: _Never())
    assert isinstance(get_construction("test.never_construction.v1"), _Never)
