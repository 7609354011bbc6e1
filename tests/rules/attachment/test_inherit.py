"""inherit: a breakdown item or a verbless list item takes the activity before it."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("落实“证照分离”改革事项10项，一是取消项3项。", [("10项", "落实", "“证照分离”改革事项", "verb_before"),
                                     ("3项", "落实", "取消项", "inherit")]),
    ("办理企业登记3万件，其中变更登记2.1万件。", [("3万件", "办理", "企业登记", "verb_before"),
                                   ("2.1万件", "办理", "变更登记", "inherit")]),
    ("推出“秒批”21件，“跨省通办”27件，“一件事”3件。", [("21件", "推出", "秒批", "verb_before"),
                                        ("27件", "推出", "跨省通办", "inherit"),
                                        ("3件", "推出", "一件事", "inherit")]),
    ("全年受理行政许可事项2,400件。其中施工许可900件。", [("2,400件", "受理", "行政许可事项", "verb_before"),
                                       ("900件", "受理", "施工许可", "inherit")]),
])
def test_docstring_examples(text, expected, example):
    example(text, expected)


@pytest.mark.parametrize("text,expected", [
    # 5. breakdown inherits the parent's activity
    ("清理规范性文件36件，其中企业文件9件。", [("36件", "清理", "规范性文件"), ("9件", "清理", "企业文件")]),
    ("办理企业登记3万件，其中变更登记2.1万件。", [("3万件", "办理", "企业登记"), ("2.1万件", "办理", "变更登记")]),
])
def test_constructions(text, expected, links, check):
    check(links(text), expected)


def test_a_verbless_clause_inherits_only_when_it_continues_a_list(links):
    got = links("印发宣传手册3000份，折页2000份，直接受众超过1.5万人次。")
    assert got == [("3000份", "印发", "宣传手册"), ("2000份", "印发", "折页"), ("1.5万人次", None, "受众")]


@pytest.mark.parametrize("text,expected", [
    ("8个社区、3个村均已建成调解室。", [("8个", "建成", "社区"), ("3个", "建成", "村")]),
])
def test_list_items_shared_objects_and_granting_verbs(text, expected, links):
    got = links(text)
    assert [(g[0], g[2]) for g in got] == [(e[0], e[2]) for e in expected]
    assert all(e[1] in g[1] for g, e in zip(got, expected))


def test_a_breakdown_count_skips_a_percent_for_its_parent(links):
    got = links("新设立经营主体2,100户，同比增长6.5%，其中企业620户。政务服务事项网办比例达96%，其中“全程网办”事项880项。")
    assert got[2] == ("620户", got[0][1], "企业")
    assert got[4] == ("880项", None, "全程网办”事项") or got[4][1] is None


def test_a_breakdown_count_skips_a_time_limit_for_its_parent(links):
    got = links("受理信访事项80件，均在15日内办结，其中网上信访52件，同比减少9件。")
    assert [(g[0], g[1]) for g in got] == [("80件", "受理"), ("15日内", "办结"), ("52件", "受理"), ("9件", "受理")]


def test_a_breakdown_opening_a_sentence_takes_the_first_count_before(links):
    got = links("全年受理行政许可事项2,400件，办结2,400件。其中施工许可900件，预售许可150件。")
    assert [(g[0], g[1]) for g in got][2:] == [("900件", "受理"), ("150件", "受理")]


def test_breakdowns_after_a_comma_and_across_a_sentence(links):
    got = links("立案查处文化市场违法案件76起，同比下降2.7%。其中，违规接纳未成年人案件31起、无证经营案件22起。")
    assert [(g[0], g[1]) for g in got][2:] == [("31起", "立案查处"), ("22起", "立案查处")]
    got = links("查处交通违法案件900起。其中，查处货车超限超载案件318起。")
    assert got[1][1] == "查处" and "案件" in got[1][2]


@pytest.mark.parametrize("text,number,activity,object_", [
    # a later list item that leaves its verb out, whatever its counter (docs/annotation.md, 2026-12-03)
    ("累计精简证明材料63项，办事环节21个。", "21个", "精简", "办事环节"),
    # an audience after a count of events or things has no activity (受众, 受教育群众)
    ("开展以案释法活动63场，受众1.4万余人次。", "1.4万余人次", None, None),
    ("设置交通安全警示牌160块，受教育群众近1.2万人次。", "1.2万人次", None, None),
])
def test_bare_list_items_and_audiences(text, number, activity, object_, links):
    row = next(r for r in links(text) if r[0] == number)
    assert row[1] == activity
    if object_ is not None:
        assert row[2] == object_


def test_a_carried_over_part_has_no_object(links):
    rows = links("收到行政复议申请158件（含上年结转8件）。")
    assert rows[1] == ("8件", "收到", None)


def test_a_breakdown_item_belongs_to_the_count_whose_object_has_its_head(links):
    # 结案301件 names no 案件: the items are parts of the 318 cases
    rows = links("全年立案查处各类违法案件318件，结案301件，其中食品类案件142件、价格类案件16件。")
    assert [r[1] for r in rows[2:]] == ["立案查处", "立案查处"]


def test_a_noun_item_after_acts_of_their_own_is_a_part_of_the_parent(links):
    rows = links("受理依申请公开248件，其中予以公开148件、不予公开12件、信息不存在等其他情形66件。")
    assert rows[-1][:2] == ("66件", "受理")


def test_items_in_parallel_with_an_act_of_its_own_are_acts(links):
    rows = links("审结13件，其中维持9件、终止审理3件、确认违法1件。")
    assert [r[1] for r in rows[1:]] == ["维持", "终止审理", "确认违法"]
    # but kinds of the parent's act stay objects when the first item is one too
    rows = links("全年办理市场主体登记3.4万件，其中新设登记1.3万件、变更登记2.1万件。")
    assert [r[1] for r in rows[1:]] == ["办理", "办理"]


def test_later_items_of_a_breakdown_of_kinds_inherit_too(links):
    rows = links("公布权责清单事项312项，其中行政许可13项、行政处罚247项、行政强制9项。")
    assert [r[1:] for r in rows[1:]] == [("公布", "行政许可"), ("公布", "行政处罚"), ("公布", "行政强制")]
