"""subject_predicate: a number that is its clause's subject takes the predicate after it."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("502家公共场所单位评为C级单位。", [("502家", "评为", "公共场所单位", "subject_predicate")]),
    ("班子成员9人分别联系12个执法中队。", [("9人", "联系", "班子成员", "subject_predicate"),
                                ("12个", "联系", "执法中队", "verb_before")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text,expected", [
    # 8. subject + predicate
    ("36家企业全部完成整改。", [("36家", "整改", "企业")]),
])
def test_constructions(text, expected, links, check):
    check(links(text), expected)


@pytest.mark.parametrize("text,number,activity,object_", [
    ("党组成员7人分别联系9个执法中队。", "7人", "联系", "党组成员"),
])
def test_modified_counts_stock_counts_and_subjects(text, number, activity, object_, links):
    row = next(r for r in links(text) if r[0] == number)
    assert (row[1], row[2]) == (activity, object_)


@pytest.mark.parametrize("text,number,activity,object_", [
    ("1件执法案卷获评全市优秀行政执法案卷。", "1件", "获评", "执法案卷"),
    ("1,860名新进执法人员全部取得行政执法证件。", "1,860名", "取得", "新进执法人员"),
    ("15名新录用人员全部通过执法资格考试。", "15名", "通过", "新录用人员"),
])
def test_a_verb_after_the_count_modifies_its_noun(text, number, activity, object_, links):
    row = next(r for r in links(text) if r[0] == number)
    assert row[1].startswith(activity) and row[2] == object_


def test_people_counted_before_attending_take_the_verb(links):
    # 参加 with a count of people before it: they attended (not the exam's name)
    assert links("全局52名干部职工全部参加年度学法考试。")[0][1] == "参加"
    # 全部完成 + an action: the action
    assert links("全省47个省直部门全部完成年度述法。")[0][1] == "年度述法"


def test_a_light_verb_after_a_locative_count_governs_its_event_noun(links):
    assert links("在5个社区开展普法活动10场。")[0] == ("5个", "开展", "社区")


def test_a_count_coordinated_with_a_subject_takes_the_predicate_after(links):
    # the verb before 和 sits inside a noun (人民调解委员会): it governs nothing
    assert links("镇人民调解委员会和13个村（社区）调委会全年排查矛盾纠纷216件。")[0][:2] == ("13个", "排查")
