from pathlib import Path

from lawgov_nlp.rules.sections import find_headings, find_sentences, outline

ROOT = Path(__file__).resolve().parents[2]

TEXT = (
    "某某局关于2023年度\n法治政府建设情况的报告\n"
    "一、主要工作\n"
    "1.推进依法行政。全年受理案件12件。（1）规范执法。检查企业5家。\n"
    "2.加强普法，提升素养。发放资料300份。\n"
    "二、存在问题\n"
    "[bookmark: x]1.执法力量不足。\n"
)


def test_headings_inline_and_line():
    texts = [h.text for h in find_headings(TEXT)]
    assert texts == ["一、主要工作", "1.推进依法行政", "（1）规范执法", "2.加强普法，提升素养", "二、存在问题", "1.执法力量不足"]


def test_section_path_levels_learnt_from_order():
    o = outline(TEXT)
    assert o.section_at(TEXT.index("12件")) == "一、主要工作 > 1.推进依法行政"
    assert o.section_at(TEXT.index("5家")) == "一、主要工作 > 1.推进依法行政 > （1）规范执法"
    # a style seen before closes the deeper levels
    assert o.section_at(TEXT.index("300份")) == "一、主要工作 > 2.加强普法，提升素养"
    assert o.section_at(TEXT.index("力量")) == "二、存在问题 > 1.执法力量不足"
    assert o.section_at(0) == ""


def test_decimal_is_not_a_heading():
    assert find_headings("罚款共计\n1.5万元。") == []


def test_sentences_strip_and_cover():
    spans = find_sentences("  甲。乙！\n\n丙")
    assert spans == [(2, 4), (4, 6), (8, 9)]


def test_initial_stack_carries_over_chunks():
    first = outline("一、总体情况\n受理案件3件。\n")
    second = outline("办结2件。", initial_stack=first.final_stack)
    assert second.section_at(0) == "一、总体情况"


def test_to_data_roundtrip():
    o = outline(TEXT)
    from lawgov_nlp.rules.sections import Outline

    o2 = Outline.from_data(TEXT, o.to_data())
    i = TEXT.index("5家")
    assert o2.section_at(i) == o.section_at(i)
    assert o2.sentence_at(i) == o.sentence_at(i)


def test_an_appendix_closes_every_open_section():
    text = "第三部分 2025年工作打算\n一、深化改革。\n附件1：2024年执法数据\n行政检查：120次。"
    o = outline(text)
    assert o.section_at(text.index("深化")) == "第三部分 2025年工作打算 > 一、深化改革"
    assert o.section_at(text.index("120次")) == "附件1：2024年执法数据"


# -- bounded sentences (issue 12: cost linear in the input) ------------------------

from lawgov_nlp.rules.quantity_grammar import default_grammar  # noqa: E402
from lawgov_nlp.rules.sections import MAX_RUN_CHARS, MAX_SENTENCE_CHARS, bound_sentence  # noqa: E402


def _inside_a_quantity(text, spans):
    """Cuts (sentence starts and ends other than the text's) that fall inside a quantity the grammar finds."""
    found, _ = default_grammar().scan(text)
    cuts = {b for _, b in spans} | {a for a, _ in spans}
    return [(q.text, c) for q in found for c in cuts if q.start < c < q.end]


def test_ordinary_sentences_are_not_cut():
    s = "全年共受理行政复议申请1,832件，" * 10 + "按时办结率100%。"
    assert len(s) < MAX_SENTENCE_CHARS
    assert find_sentences(s) == [(0, len(s))]


def test_a_long_sentence_is_cut_after_clause_breaks_not_inside_numbers():
    s = "受理审批事项1,832件，办结案件2,014件，" * 40  # 800+ chars, commas inside numbers too
    spans = find_sentences(s)
    assert len(spans) > 1 and max(b - a for a, b in spans) <= MAX_SENTENCE_CHARS
    assert all(s[b - 1] == "，" for _, b in spans)
    assert "".join(s[a:b] for a, b in spans) == s  # no whitespace here: the pieces cover it
    assert not _inside_a_quantity(s, spans)


def test_a_flattened_table_line_is_cut_between_pairs():
    s = "".join(f"受理审批事项{12 + i}件项目{i}万元" for i in range(100))
    spans = find_sentences(s)
    assert max(b - a for a, b in spans) <= MAX_SENTENCE_CHARS
    assert all(b - a <= MAX_RUN_CHARS for a, b in spans[:-1])
    assert all(s[b - 1] in "件元" for a, b in spans)  # right after a unit: the next label starts the next piece
    assert not _inside_a_quantity(s, spans)


def test_text_without_any_punctuation_is_never_cut_inside_a_mention():
    text = "".join(c for p in (ROOT / "seeds").glob("*.txt") for c in p.read_text(encoding="utf-8") if c.isalnum())
    spans = find_sentences(text)
    assert len(spans) > 10 and max(b - a for a, b in spans) <= MAX_SENTENCE_CHARS
    assert not _inside_a_quantity(text, spans)


def test_bare_numbers_are_cut_after_the_list_comma():
    s = "、".join(str(i) for i in range(1000))
    spans = find_sentences(s)
    assert all(s[b - 1] == "、" for _, b in spans[:-1])


def test_a_giant_numeral_is_cut_at_the_bound():
    # pieces of MAX_RUN_CHARS until what is left fits in MAX_SENTENCE_CHARS
    assert bound_sentence("1" * 1000, 0, 1000, 400, 160) == [(0, 160), (160, 320), (320, 480), (480, 640), (640, 1000)]


def test_unbounded_on_request():
    s = "项目12件" * 200
    assert find_sentences(s, max_chars=None) == [(0, len(s))]


def test_heading_search_stops_at_the_bound_with_the_same_answer():
    # the heading text ends at an end mark after trailing spaces beyond max_heading_chars: still a heading
    text = "一、主要工作" + " " * 100 + "。受理案件3件。"
    assert [h.text for h in find_headings(text)] == ["一、主要工作"]
    # a line that runs on past the bound is no heading
    assert find_headings("一、" + "很长" * 100 + "。") == []


def test_many_bracketed_lines_are_read_in_linear_time():
    """``[x]`` bookmarks before a heading: at most 8 are read as noise (the
    unbounded group was retried from every line start: 2,000 lines took 10 s)."""
    assert [h.text for h in find_headings("[a][b]\n一、总体情况\n")] == ["一、总体情况"]
    assert find_headings("[a]\n" * 50_000) == []
