import spacy

import lawgov_nlp  # noqa: F401


def _nlp():
    nlp = spacy.blank("zh")
    for name in ("lawgov_sections", "lawgov_quantities", "lawgov_nonindicators"):
        nlp.add_pipe(name)
    return nlp


def test_refused_spans_are_kept_with_a_reason():
    doc = _nlp()("全面落实三项制度，第十条规定，推行“一件事一次办”，共办理案件15件。")
    assert [s.text for s in doc.spans["indicators"]] == ["15件"]
    reasons = {s.text: s._.lawgov["reason"] for s in doc.spans["lawgov_rejected"]}
    assert reasons["三项"] == "name"
    assert reasons["十条"] == "ordinal"
    assert reasons["一件"] == "inside_quotes_or_title"
