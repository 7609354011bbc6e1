import spacy

import lawgov_nlp  # noqa: F401
from lawgov_nlp.language import PIPE_NAMES


def _nlp(**config):
    nlp = spacy.blank("zh")
    for name in PIPE_NAMES:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


def test_activity_and_object_spans():
    doc = _nlp()("全年共查处无证经营户63户。")
    (span,) = doc.spans["indicators"]
    assert span._.activity.text == "查处"
    assert span._.object.text == "无证经营户"


def test_coordinated_rates_give_two_activities():
    doc = _nlp()("考核合格率和优良率均达到98%。")
    (span,) = doc.spans["indicators"]
    assert [a.text for a in span._.activities] == ["考核合格率", "优良率"]


class _AllNouns:
    def tag(self, text):
        return [(ch, "n") for ch in text]


def test_tagger_is_chosen_by_registered_name():
    from spacy.util import registry

    registry.misc.register("test.all_nouns.v1", func=lambda: _AllNouns())
    doc = _nlp(lawgov_attacher={"tagger": "test.all_nouns.v1"})("罚款3万元。")
    (span,) = doc.spans["indicators"]
    assert span._.value == 30000.0  # attachment ran with the stand-in tagger without failing
