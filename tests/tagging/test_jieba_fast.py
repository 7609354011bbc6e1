"""The default tagger's fast path gives exactly what jieba.posseg gives (the
domain rules then run on that output: tests/tagging/test_domain_rules.py)."""
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_nlp.tagging.jieba_tagger import make_jieba_tagger

TAGGER = make_jieba_tagger()
SEEDS = sorted(Path(__file__).resolve().parents[2].joinpath("seeds").glob("*.txt"))


def _posseg(text):
    return [(p.word, p.flag) for p in TAGGER._pos.cut(text, HMM=False)]


def test_fast_path_is_on_by_default():
    assert TAGGER._fast is not None


def test_same_words_and_tags_as_posseg_on_the_seeds():
    for path in SEEDS:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert TAGGER._fast.cut(line) == _posseg(line)
    text = SEEDS[0].read_text(encoding="utf-8")
    assert TAGGER._fast.cut(text) == _posseg(text)


report_chars = st.sampled_from(list("共受理审批事项件罚款万元办结率达到以上同比下降百分点法治政府建设检查和调研书记"
                                    "ab Z09._+#&%-\n\r\t　，。（）“”·、1２三"))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(report_chars, max_size=60), st.text(max_size=40)))
def test_same_words_and_tags_as_posseg(text):
    assert TAGGER._fast.cut(text) == _posseg(text)


def test_tag_is_the_fast_path_then_the_domain_rules():
    for path in SEEDS:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert TAGGER.tag(line) == TAGGER._rules.apply(_posseg(line))
