import spacy

import lawgov_nlp  # noqa: F401


def test_sets_sentence_starts_and_outline():
    nlp = spacy.blank("zh")
    nlp.add_pipe("lawgov_sections")
    doc = nlp("一、总体情况\n全年受理案件3件。办结2件！\n")
    sents = [s.text.strip() for s in doc.sents]
    assert "全年受理案件3件。" in sents and "办结2件！" in sents
    assert doc.user_data["lawgov_outline"]["paths"] == ["一、总体情况"]


def test_empty_doc():
    nlp = spacy.blank("zh")
    nlp.add_pipe("lawgov_sections")
    assert len(nlp("")) == 0
