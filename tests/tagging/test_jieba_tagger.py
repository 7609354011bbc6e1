import jieba

from lawgov_nlp.tagging import get_tagger


def test_words_concatenate_and_domain_tags():
    tagger = get_tagger("lawgov.jieba_tagger.v1")
    text = "依法罚款并立案查处违法行为"
    tags = tagger.tag(text)
    assert "".join(w for w, _ in tags) == text
    assert ("罚款", "v") in tags and ("立案查处", "v") in tags


def test_user_dictionary_stays_private():
    get_tagger("lawgov.jieba_tagger.v1")
    # the caller's global jieba does not see our user dictionary
    assert jieba.dt.FREQ.get("立案查处") is None
