"""The default tagger on the governing words of issue 11, and its domain rules."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_nlp.rules.lexicons import data_path
from lawgov_nlp.tagging import get_tagger
from lawgov_nlp.tagging.domain_rules import DomainRules
from lawgov_nlp.tagging.jieba_tagger import read_lexicon

TAGGER = get_tagger("lawgov.jieba_tagger.v1")
VERB_LIKE = ("v", "vn", "vd", "vi", "vg")


def tag_of(text, word):
    """The tag of ``word`` when it is one token of the tagged ``text``, else the pieces."""
    pairs = TAGGER.tag(text)
    assert "".join(w for w, _ in pairs) == text
    pos = 0
    at = text.index(word)
    for w, t in pairs:
        if pos == at and w == word:
            return t
        pos += len(w)
    return "|".join(f"{w}/{t}" for w, t in pairs)


@pytest.mark.parametrize("text,word,wanted", [
    ("全年清零信访积案12件", "清零", "v"),                  # jieba: 清零/z
    ("全局集体学法6次", "集体学法", "v"),                    # jieba: 集体/n 学法/n
    ("组织机关干部学法6次", "学法", "v"),                    # jieba: 学法/n
    ("党组书记带头述法3次", "述法", "v"),                    # jieba: 述/vg 法/j
    ("2个村获评全国民主法治示范村", "获评", "v"),
    ("局法制科荣获省级先进集体称号1次", "荣获", "v"),        # jieba: 荣获/nr
    ("5名执法人员被评为全市优秀执法标兵", "被评为", "v"),    # jieba: 被/p 评为/v
    ("命名法治文化阵地16个", "命名", "v"),                   # jieba: 命名/n
    ("15名执法人员全部通过资格考试", "通过", "v"),           # jieba: 通过/p
    ("经集体讨论通过重大行政决策4项", "通过", "v"),
    ("全年新收各类案件1,208件", "新收", "v"),                # jieba: 新/a 收/v
    ("实现婚姻登记跨省通办420对", "跨省通办", "v"),          # jieba: 跨省/n 通/v 办/v
    ("全年行政审批1.2万件", "行政审批", "vn"),               # jieba: 行政/n 审批/vn
    ("当事人主动改正率达92.6%", "改正率", "n"),              # jieba: 改正/v 率/v
    ("收案数同比下降6.3%", "收案数", "n"),                   # jieba: 收案/v 数/n
    ("开展党组理论学习中心组集中学习10次", "集中学习", "vn"),  # jieba: 集中学习/n
    ("对全市8家托育机构开展检查", "托育", "n"),                # jieba: 托/v 育/v
    ("全市12个国控断面水质优良比例达91.7%", "国控", "n"),     # jieba: 国/n 控/v
])
def test_governing_words_of_issue_11(text, word, wanted):
    assert tag_of(text, word) == wanted


@pytest.mark.parametrize("text", [
    "通过告知承诺方式办理许可312件",        # means noun: 方式
    "通过12328交通运输服务监督热线受理群众诉求工单1,364件",  # a verb follows: 受理
    "通过开展专项行动查处案件12起",
    "通过",                                 # the attacher may cut a clause right after it
])
def test_tongguo_stays_a_preposition(text):
    assert tag_of(text, "通过") == "p"


def test_share_stays_split_for_the_attacher():
    # 占/v 比/p is what the attacher reads to find the object of a share; a
    # single 占比/n token loses it (see data/tagger_lexicon.txt)
    assert TAGGER.tag("诉讼案件占比为18.5%")[2:4] == [("占", "v"), ("比", "p")]


def test_rules_on_pairs():
    rules = DomainRules()
    assert rules.apply([("面商", "n"), ("率", "v")]) == [("面商率", "n")]
    assert rules.apply([("，", "x"), ("率", "v")]) == [("，", "x"), ("率", "v")]
    assert rules.apply([("首", "m"), ("聘", "v"), ("律师", "n")]) == [("首聘", "v"), ("律师", "n")]
    assert rules.apply([("新", "a"), ("建设", "v")]) == [("新", "a"), ("建设", "v")]  # two characters: left alone
    assert rules.apply([("行政", "n"), ("规范性文件", "n")]) == [("行政", "n"), ("规范性文件", "n")]
    pairs = [("审计", "v"), ("报告", "n")]
    assert rules.apply(pairs) is pairs  # nothing to do: the same list back


def test_event_and_document_heads_glue_to_their_kind():
    rules = DomainRules()
    assert rules.apply([("专家论证", "n"), ("会", "v")]) == [("专家论证会", "n")]
    assert rules.apply([("下发", "v"), ("整改", "v"), ("通知书", "n")]) == [("下发", "v"), ("整改通知书", "n")]
    # the issuing verb itself is never swallowed, nor a verb with no verb before it
    assert rules.apply([("下发", "v"), ("通知书", "n")]) == [("下发", "v"), ("通知书", "n")]
    assert rules.apply([("整改", "v"), ("通知书", "n")]) == [("整改", "v"), ("通知书", "n")]
    # 会 before a verb is no meeting
    assert rules.apply([("部门", "n"), ("会", "v"), ("研究", "v")]) == [("部门", "n"), ("会", "v"), ("研究", "v")]


def test_shipped_lexicon_loads_and_every_word_is_one_token():
    rows = read_lexicon(data_path("tagger_lexicon.txt"))
    assert len(rows) >= 20
    assert {t for _, t in rows} <= {"v", "vn", "n", "d", "b"}  # (b: a modifier, 在建 区直)
    words = [w for w, _ in rows]
    assert len(words) == len(set(words))
    for word, tag in rows:
        assert TAGGER.tag(word) == [(word, tag)], word


def test_lexicon_file_errors(tmp_path):
    bad = tmp_path / "lex.tsv"
    bad.write_text("# comment\n学法\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lex.tsv:2"):
        read_lexicon(bad)


report_chars = st.sampled_from(list("新收首聘行政审批执法通过方式率数量改正面商考试占比，。、 1２三"))


@settings(max_examples=300, deadline=None)
@given(st.text(report_chars, max_size=40))
def test_words_still_concatenate(text):
    pairs = TAGGER.tag(text)
    assert "".join(w for w, _ in pairs) == text
    assert all(w and t for w, t in pairs)


@pytest.mark.parametrize("text,adverb,verb", [
    ("依法取缔无证办学机构9家", "依法", "取缔"),     # jieba: 依法取缔/l
    ("严格执行重大行政决策程序", "严格", "执行"),     # jieba: 严格执行/nr
    ("及时处理错误问题150条", "及时", "处理"),       # jieba: 及时处理/v
])
def test_a_manner_adverb_glued_to_a_verb_splits_off(text, adverb, verb):
    assert tag_of(text, adverb) == "d" and tag_of(text, verb) == "v"


def test_one_character_adverbs_do_not_split():
    # (再压缩/l is one word of jieba's: a one-character adverb such as 再, 不 or 未 stays glued)
    assert "再压缩" in [w for w, _ in TAGGER.tag("审批时限再压缩一半")]


@pytest.mark.parametrize("text", ["按照上级要求检查门店120家次", "根据省政府部署要求开展专项整治3次"])
def test_the_head_of_a_frame_is_a_noun(text):
    assert tag_of(text, "要求") == "n"


def test_a_verb_outside_a_frame_stays_a_verb():
    assert tag_of("要求企业整改12家", "要求") == "v"
    assert tag_of("按照规定，要求企业整改12家", "要求") == "v"  # the comma ends the frame



@pytest.mark.parametrize("text,word", [
    ("设立行政复议受理点1236个", "受理点"),      # jieba: 受理/v 点/m
])
def test_a_place_head_glues_to_the_service_naming_it(text, word):
    assert tag_of(text, word) == "n"
