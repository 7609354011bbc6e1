"""The HanLP adapter on Documents the tests build (no HanLP model, no torch)."""
import pytest
from hanlp_common.document import Document

import lawgov_nlp
from lawgov_nlp.tagging.hanlp_adapter import HanLPTagger, document_to_tags, map_tag


def test_ctb_tags_are_mapped():
    doc = Document({"tok/fine": ["共", "受理", "复议", "申请", "12", "件"],
                    "pos/ctb": ["AD", "VV", "NN", "NN", "CD", "M"]})
    assert document_to_tags("共受理复议申请12件", doc) == [
        ("共", "d"), ("受理", "v"), ("复议", "n"), ("申请", "n"), ("12", "m"), ("件", "q")]


def test_pku_tags_pass_and_dropped_spaces_are_kept():
    doc = Document({"tok/fine": ["开展", "检查"], "pos/pku": ["v", "vn"]})
    assert document_to_tags("开展 检查", doc) == [("开展", "v"), (" ", "x"), ("检查", "vn")]


def test_batch_shaped_document():
    doc = Document({"tok/fine": [["罚款", "5万元"]], "pos/ctb": [["VV", "NN"]]})
    assert document_to_tags("罚款5万元", doc) == [("罚款", "v"), ("5万元", "n")]


def test_no_tokens_is_a_clear_error():
    with pytest.raises(ValueError, match="no tokens"):
        document_to_tags("abc", Document({"pos/ctb": []}))


def test_map_tag_unknown_ctb_is_punct_like():
    assert map_tag("XYZ", "ctb") == "x"


class _FakeHanLP:
    """Stands in for a loaded HanLP pipeline: a CTB tagging of any text,
    built from a small lexicon so the attacher sees HanLP-shaped output."""

    LEX = {"受理": "VV", "检查": "VV", "企业": "NN", "复议": "NN", "申请": "NN"}

    def __call__(self, text):
        toks, tags, i = [], [], 0
        while i < len(text):
            for w, t in self.LEX.items():
                if text.startswith(w, i):
                    toks.append(w)
                    tags.append(t)
                    i += len(w)
                    break
            else:
                toks.append(text[i])
                tags.append("PU" if not text[i].isalnum() else "NN")
                i += 1
        return Document({"tok/fine": toks, "pos/ctb": tags})


def test_attacher_runs_on_the_hanlp_backend():
    from spacy.util import registry

    registry.misc.register("test.fake_hanlp.v1", func=lambda: HanLPTagger(_FakeHanLP()))
    nlp = lawgov_nlp.load(config={"lawgov_attacher": {"tagger": "test.fake_hanlp.v1"}})
    df = lawgov_nlp.extract("全年受理复议申请12件，检查企业30家。", nlp=nlp)
    assert list(df["activity"]) == ["受理", "检查"]
    assert list(df["object"]) == ["复议申请", "企业"]
