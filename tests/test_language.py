from importlib.metadata import entry_points

import pytest
import spacy

import lawgov_nlp
from lawgov_nlp.language import PIPE_NAMES


def test_load_builds_the_pipeline():
    nlp = lawgov_nlp.load()
    assert nlp.lang == "zh" and tuple(nlp.pipe_names) == PIPE_NAMES


def test_factories_are_entry_points():
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(PIPE_NAMES) <= names


def test_components_in_a_users_pipeline_with_jieba_segmenter():
    cfg = {"nlp": {"tokenizer": {"segmenter": "jieba"}}}
    nlp = spacy.blank("zh", config=cfg)
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    doc = nlp("全年共检查企业326家，罚款12万元。")
    spans = doc.spans["indicators"]
    # word tokens: spans expand to word boundaries, exact offsets stay in the record
    assert [(s._.lawgov["start"], s._.lawgov["end"]) for s in spans] == [(7, 11), (14, 18)]
    assert [s._.value for s in spans] == [326.0, 120000.0]


def test_unknown_component_config_is_a_clear_error():
    with pytest.raises(ValueError, match="Unknown component"):
        lawgov_nlp.load(config={"nope": {}})
