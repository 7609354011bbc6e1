import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_nlp.tokenizer import char_words_and_spaces, make_doc

NLP = spacy.blank("zh")
spacey = st.text(alphabet=st.sampled_from(list("甲乙1 a\n\t\u3000\u00a0\x1c ，")), max_size=40)


@settings(max_examples=400, deadline=None)
@given(st.one_of(spacey, st.text(max_size=40)))
def test_same_tokens_as_spacy(text):
    doc = NLP.make_doc(text)
    assert char_words_and_spaces(text) == ([t.text for t in doc], [bool(t.whitespace_) for t in doc])


def test_make_doc_falls_back_for_other_segmenters():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    assert [t.text for t in make_doc(nlp, "受理案件")] == [t.text for t in nlp.make_doc("受理案件")]


@settings(max_examples=300, deadline=None)
@given(st.one_of(spacey, st.text(max_size=40)))
def test_make_doc_is_spacys_doc(text):
    # make_doc builds the Doc from cached orth ids: the same Doc, byte for byte
    assert make_doc(NLP, text).to_bytes() == NLP.make_doc(text).to_bytes()
