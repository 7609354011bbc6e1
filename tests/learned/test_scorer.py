"""The learned scorer: its memoized scores equal the sums of its features, it
only ever changes what the rules said by more than its margin, and it fixes
the constructions it was trained to see (sentences written for the tests)."""

import pandas as pd
import pytest

import lawgov_nlp
from lawgov_nlp.language import load
from lawgov_nlp.learned.candidates import candidates, object_candidates
from lawgov_nlp.learned.scorer import ActivityScorer, _overlapping, mention_contexts

SENTENCES = [
    "全年共受理行政许可申请2360件，办结2355件，按时办结率99.8%。",
    "对15家加油站、6家储油库进行了安全检查，发现隐患问题42个，罚款3.5万元。",
    "分管领导4次带队督导、9次听取专题汇报，全局集体学法6次。",
    "累计精简证明材料63项，办事环节21个，其中行政许可事项压缩至5个工作日。",
]


@pytest.fixture(scope="module")
def rules_nlp():
    return load(config={"lawgov_attacher": {"scorer": ""}})


def _contexts(nlp, text):
    attacher = nlp.get_pipe("lawgov_attacher")
    with nlp.select_pipes(disable=[attacher.name]):
        doc = nlp(text)
    _, _, quantities, links, sentence_tokens = attacher.attach_rules(doc)
    return mention_contexts(ActivityScorer().lex, sentence_tokens, links), quantities, links


@pytest.mark.parametrize("text", SENTENCES)
def test_memoized_scores_equal_the_feature_sums(rules_nlp, text):
    scorer = ActivityScorer()
    ctxs, quantities, links = _contexts(rules_nlp, text)
    assert ctxs
    assert scorer._rule_aware  # the shipped model weighs the rules' construction
    for ctx in ctxs:
        q = quantities[ctx.qi]
        link = links[ctx.qi][0]
        fast = scorer.scores(ctx.index, ctx.k, q)
        # decide() adds the rules' candidate's part (its construction) to the memoized sums
        for r in _overlapping(ctx.index, fast, link["activity"]):
            fast[r] = (fast[r][0] + scorer._rule_bonus(link, q, "a"), fast[r][1])
        slow = {c.index: sum(scorer.weights.get(f, 0.0) for f in c.features)
                for c in candidates(ctx.index, ctx.k, q, scorer.lex, link)}
        assert fast.keys() == slow.keys()
        for j in slow:
            assert fast[j][0] == pytest.approx(slow[j], abs=1e-9)
        # the object scores (decide's written-out loop) equal the sums of the object features
        act = link["activity"]
        objects = scorer.object_scores(ctx.index, ctx.k, fast, act)
        for r in _overlapping(ctx.index, objects, link["object"]):
            objects[r] += scorer._rule_bonus(link, q, "o")
        slow_objects = {c.index: sum(scorer.object_weights.get(f, 0.0) for f in c.features)
                        for c in object_candidates(ctx.index, ctx.k, q, scorer.lex, act, link, link["object"])}
        assert objects.keys() == slow_objects.keys()
        for j in slow_objects:
            assert objects[j] == pytest.approx(slow_objects[j], abs=1e-9)


def test_an_infinite_margin_gives_the_rules_answer(rules_nlp):
    never = load(config={"lawgov_attacher": {"margin": 1e9}})
    text = " ".join(SENTENCES)
    a = lawgov_nlp.extract(text, nlp=never)[["start", "end", "activity_start", "activity_end"]]
    b = lawgov_nlp.extract(text, nlp=rules_nlp)[["start", "end", "activity_start", "activity_end"]]
    assert a.equals(b)


def test_offsets_stay_true():
    text = "".join(SENTENCES)
    df = lawgov_nlp.extract(text)
    for row in df.itertuples():
        assert text[row.start:row.end] == row.text
        for role in ("activity", "object"):
            s, e = getattr(row, f"{role}_start"), getattr(row, f"{role}_end")
            if not pd.isna(s):
                assert text[s:e] == getattr(row, role)


@pytest.mark.parametrize("text,quantity,role,word", [
    # the units a task is split among are what is counted (the rules alone give no object)
    ("明确重点任务42项并逐项分解到31个责任单位，实行清单化管理。", "31个", "object", "责任单位"),
    # (session 5 moved these into the rules: 有1件执法案卷获评 (award verbs), 完成8项省级事项承接
    # (completion), 编制12个事项（30个子项） (sub_count), 公开征求意见收到反馈建议41条 (a verb-object
    # compound ends the chain of reporting verbs); the scorer's activity margin, chosen by CV, is
    # wide enough now that the rules' activities stand on these examples)
])
def test_the_scorer_fixes_constructions_the_rules_miss(rules_nlp, text, quantity, role, word):
    def start(df):
        row = df[df.text == quantity].iloc[0]
        value = row[f"{role}_start"]
        return None if pd.isna(value) else int(value)
    assert start(lawgov_nlp.extract(text)) == text.index(word)
    assert start(lawgov_nlp.extract(text, nlp=rules_nlp)) != text.index(word)  # what the learned part adds


def test_disabling_the_scorer_is_a_config_value():
    nlp = load(config={"lawgov_attacher": {"scorer": ""}})
    assert nlp.get_pipe("lawgov_attacher").scorer is None
    assert nlp.get_pipe("lawgov_attacher").scorer_lexicon() is not None
