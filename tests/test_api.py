import math

import pandas as pd
import pytest

import lawgov_nlp
from lawgov_nlp.frame import MENTION_COLUMNS

TEXT = "一、主要工作\n全年共受理案件1,818件，办结率100％，罚款伍万元。\n"


def test_frame_columns_dtypes_and_offsets():
    df = lawgov_nlp.extract(TEXT, doc_id="r1")
    assert list(df.columns) == list(MENTION_COLUMNS)
    assert {c: str(df[c].dtype) for c in df.columns} == MENTION_COLUMNS
    assert list(df["text"]) == ["1,818件", "100％", "伍万元"]
    for r in df.itertuples():
        assert TEXT[r.start:r.end] == r.text
        assert TEXT[r.activity_start:r.activity_end] == r.activity
    assert set(df["section"]) == {"一、主要工作"}
    assert df.loc[0, "sentence"] == "全年共受理案件1,818件，办结率100％，罚款伍万元。"
    assert df.loc[2, "value"] == 50000.0 and math.isnan(df.loc[2, "value_high"])
    assert (df["doc_id"] == "r1").all()


def test_empty_text_gives_empty_frame_with_columns():
    df = lawgov_nlp.extract("")
    assert len(df) == 0 and list(df.columns) == list(MENTION_COLUMNS)
    assert str(df["start"].dtype) == "int64"


def test_non_str_is_a_type_error():
    with pytest.raises(TypeError, match="E001"):
        lawgov_nlp.extract(b"bytes")


def test_to_number_public():
    assert lawgov_nlp.to_number("一万五千亿") == 1.5e12
    with pytest.raises(ValueError):
        lawgov_nlp.to_number("收拾")


def test_long_text_is_chunked_with_continuous_offsets_and_sections(monkeypatch):
    from lawgov_nlp import chunking

    monkeypatch.setattr(chunking, "DEFAULT_CHUNK_CHARS", 40)
    text = "一、总体\n" + "".join(f"检查企业{i}家。\n" for i in range(1, 30))
    df = lawgov_nlp.extract(text)
    assert list(df["value"]) == [float(i) for i in range(1, 30)]
    assert all(text[r.start:r.end] == r.text for r in df.itertuples())
    assert set(df["section"]) == {"一、总体"}


def test_pipe_with_two_processes_keeps_attributes():
    nlp = lawgov_nlp.load()
    texts = ["罚款3万元。", "检查企业12家。"] * 2
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    got = [(s.text, s._.value, s._.activity.text) for d in docs for s in d.spans["indicators"]]
    assert got == [("3万元", 30000.0, "罚款"), ("12家", 12.0, "检查")] * 2


def test_rows_per_activity_share_the_span():
    df = lawgov_nlp.extract("参考率和合格率均达到100%。")
    assert len(df) == 2 and df["start"].nunique() == 1
    assert isinstance(df, pd.DataFrame)


def test_words_with_numeral_characters_are_not_numbers():
    assert lawgov_nlp.extract("收拾好队伍，统一思想，一去二三里。").empty
