"""The indicator layer (lawgov_nlp/codebook.py, lawgov_nlp/data/indicators.json):
the codebook, lawgov_nlp.indicators(), lawgov_nlp.panel() and `lawgov-nlp panel`."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import lawgov_nlp
from lawgov_nlp.cli import main
from lawgov_nlp.codebook import CODEBOOK_PATH, Panel, load_codebook

ROOT = Path(__file__).resolve().parents[1]
AREAS = {"functions", "normative_documents", "decisions", "enforcement", "review", "supervision",
         "openness", "publicity", "leadership", "digital"}

REVIEW = "县政府全年收到行政复议申请158件（含上年结转8件），受理139件，审结127件，其中维持81件、撤销或确认违法19件，复议纠错率15.0%。"


def ids(text: str, doc_id: str = "t") -> list:
    df = lawgov_nlp.indicators(lawgov_nlp.extract(text, doc_id=doc_id))
    return list(zip(df["text"], df["indicator"].astype(object).where(df["indicator"].notna(), None)))


# --- the codebook ---------------------------------------------------------------------

def test_codebook_has_sixty_indicators_over_the_ten_areas():
    book = load_codebook()
    assert len(book) >= 60
    assert {i.area for i in book.indicators} == AREAS == set(book.areas)
    assert len(set(book.ids)) == len(book)
    assert {i.kind for i in book.indicators} == {"count", "money", "percent", "duration"}
    for ind in book.indicators:
        assert ind.name and ind.patterns
    frame = book.frame()
    assert list(frame.columns[:5]) == ["id", "name", "area", "area_name", "kind"]


def test_codebook_is_data_checked_on_load(tmp_path):
    data = json.loads(CODEBOOK_PATH.read_text(encoding="utf-8"))
    data["indicators"][0]["area"] = "nowhere"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown area"):
        load_codebook(bad)
    data["indicators"][0]["area"] = "functions"
    data["indicators"][0]["patterns"] = [{"txt": "受理"}]
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown pattern key"):
        load_codebook(bad)
    data["indicators"][0]["patterns"] = [{"text": "受理"}]
    data["exclude"] = {"sentence": "部分"}
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown exclude key"):
        load_codebook(bad)
    data["exclude"] = {}
    data["indicators"][0]["one_total"] = "yes"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="one_total"):
        load_codebook(bad)


def test_a_custom_codebook_adds_an_indicator(tmp_path):
    data = json.loads(CODEBOOK_PATH.read_text(encoding="utf-8"))
    data["indicators"].insert(0, {"id": "custom.rooms", "name": "新建调解室", "area": "functions", "kind": "count",
                                  "patterns": [{"text": "调解室"}]})
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    df = lawgov_nlp.indicators(lawgov_nlp.extract("全年新建调解室12个。", doc_id="w"), codebook=path)
    assert df["indicator"].tolist() == ["custom.rooms"]
    assert df["indicator_name"].tolist() == ["新建调解室"]


# --- assignment -------------------------------------------------------------------------

def test_indicators_adds_three_columns_and_keeps_the_frame():
    df = lawgov_nlp.extract(REVIEW, doc_id="r")
    out = lawgov_nlp.indicators(df)
    assert list(out.columns) == [*df.columns, "indicator", "indicator_name", "indicator_area"]
    assert len(out) == len(df) and "indicator" not in df.columns
    assert str(out["indicator"].dtype) == "string"


def test_synonyms_of_received_and_the_breakdowns_of_a_review_sentence():
    got = dict(ids(REVIEW))
    assert got["158件"] == "review.reconsideration.cases_received"
    assert got["8件"] is None  # （含上年结转8件）: a part of 158件, not a second total
    assert got["139件"] == "review.reconsideration.cases_received"  # 受理: a synonym
    assert got["127件"] == "review.reconsideration.cases_closed"
    assert got["81件"] == "review.reconsideration.upheld"  # 其中: its own sub-indicator
    assert got["19件"] == "review.reconsideration.corrected"
    assert got["15.0%"] == "review.reconsideration.correction_rate"


def test_a_breakdown_never_takes_its_parents_indicator():
    got = ids("全年立案查处各类违法案件3,028件，其中食品安全案件1,126件、价格违法案件208件，罚没款合计6,372.5万元。")
    assert got[0] == ("3,028件", "enforcement.penalty.cases")
    assert got[1][1] is None and got[2][1] is None
    assert got[3] == ("6,372.5万元", "enforcement.penalty.confiscations_amount")  # an amount is no part of a count


def test_a_breakdowns_parent_is_the_last_figure_of_its_kind_and_unit():
    # a duration or an amount between the total and the 其中 does not end the breakdown
    got = dict(ids("全年受理群众来访事项52件，均在10日内办结，其中网上信访30件。"))
    assert got["52件"] == "services.petitions_received" and got["30件"] is None
    got = dict(ids("全年办理行政处罚案件210件，罚款86万元；其中，移送公安机关涉嫌犯罪案件7件。"))
    assert got["210件"] == "enforcement.penalty.cases"
    assert got["7件"] == "enforcement.cases_transferred"  # a sub-indicator of its own


def test_a_part_or_an_average_is_no_level_of_the_reports_scope():
    # the codebook's "exclude": 部分/个别/人均 in the mention's clause
    assert dict(ids("全局现有执法人员86名。"))["86名"] == "enforcement.officers"
    assert dict(ids("个别乡镇仅有执法人员2名，力量不足。"))["2名"] is None
    assert dict(ids("部分站所全年开展执法检查12次。"))["12次"] is None


def test_a_headcount_taking_part_in_training_or_an_exam_is_no_indicator():
    # the codebook's "exclude" on the words after the mention (docs/indicators.md, decided 2026-12-03)
    got = dict(ids("组织全县1,580名行政执法人员参加年度网上培训和考试。全年举办法治培训班6期，培训执法人员820人次。"))
    assert got["1,580名"] is None
    assert got["6期"] == "publicity.training_sessions" and got["820人次"] == "publicity.training_attendees"
    assert dict(ids("全区108名村（居）法律顾问全部参加了业务培训。"))["108名"] is None
    assert dict(ids("全县聘请村（居）法律顾问108名。"))["108名"] == "decisions.legal_advisers"


def test_a_kind_of_case_below_the_documents_total_is_a_part_of_it():
    # "one_total" (enforcement.penalty.cases): a smaller statement is a part of the largest one
    got = dict(ids("全年立案查处文化市场违法案件127起，结案119起。开展专项整治，查处高价倒票案件5起。"))
    assert got["127起"] == "enforcement.penalty.cases" and got["5起"] is None
    # alone, the kind of case is the report's figure; a restated total stays
    assert dict(ids("查处非法采砂案件7起，扣押河砂1500余立方米。"))["7起"] == "enforcement.penalty.cases"
    df = lawgov_nlp.indicators(lawgov_nlp.extract("全年立案查处各类违法案件44起。附：立案查处案件44起。", doc_id="t"))
    assert df["indicator"].tolist() == ["enforcement.penalty.cases"] * 2


def test_synonyms_and_data_table_lines_held_out_from_the_patterns():
    got = dict(ids("附：主要数据\n水行政许可：受理132件，办结132件\n水事违法案件：立案87件，结案83件\n"))
    assert got["132件"] in ("licensing.applications_accepted", "licensing.applications_completed")
    assert got["87件"] == "enforcement.penalty.cases"
    assert dict(ids("全年出动卫生监督员1.86万人次。"))["1.86万人次"] == "enforcement.personnel_deployed"
    got = dict(ids("向13个乡镇下放行政执法事项106项。"))
    assert got["13个"] is None and got["106项"] == "services.powers_delegated"
    got = dict(ids("全年调解各类纠纷1.86万件，调解成功1.81万件，调解成功率97.3%。"))
    assert got["1.86万件"] == "services.disputes_mediated" and got["1.81万件"] is None
    assert dict(ids("立案查处水事违法案件87件，结案83件，结案率95.4%。"))["95.4%"] is None


def test_last_years_level_is_no_level_and_does_not_hide_this_years_total():
    # exclude "clause": 上年同期为 / 2023年为 — the comparison year's figure; with one_total it
    # would otherwise be taken for the total and this year's figure for a part of it
    for text in ("全年立案查处违法案件420件，上年同期为510件。", "2024年立案查处各类违法案件420件，2023年为510件。"):
        got = dict(ids(text))
        assert got["420件"] == "enforcement.penalty.cases" and got["510件"] is None
    got = dict(ids("受理行政复议申请14件（含上年结转2件）。"))
    assert got["14件"] == "review.reconsideration.cases_received" and got["2件"] is None


def test_synonym_classes_of_received_and_index_nouns():
    assert dict(ids("全年收到行政许可申请1,200件。"))["1,200件"] == "licensing.applications_accepted"
    assert dict(ids("政务服务中心全年受理量达2.3万件。"))["2.3万件"] == "services.items_handled"
    assert dict(ids("全年立案31件，结案29件，罚款3.5万元。"))["31件"] == "enforcement.penalty.cases"


def test_a_list_of_counts_shares_its_head_noun():
    got = dict(ids("全年新建2个省级、6个市级法治宣传教育基地。"))
    assert got["2个"] == got["6个"] == "publicity.demonstration_sites"


def test_problems_found_are_the_supervisions_own():
    assert dict(ids("开展法治督察3次，发现问题45个，已全部整改。"))["45个"] == "supervision.problems_found"
    # problems of the supervised businesses found in an inspection are no indicator (docs/indicators.md,
    # conventions of the third round: only 隐患 are enforcement.hazards_rectified)
    assert dict(ids("检查餐饮单位120家，责令整改问题38个。"))["38个"] is None


def test_third_round_conventions():
    # the N项 major decisions of the year, however counted (catalogue, procedure carried through)
    got = dict(ids("严格落实重大行政决策程序，市政府年度重大行政决策事项目录确定的7项决策事项全部完成公众参与、"
                   "专家论证、风险评估、合法性审查和集体讨论决定等法定程序。"))
    assert got["7项"] == "decisions.made"
    got = dict(ids("严格落实重大行政决策程序，将县城区停车设施建设规划等5项事项纳入年度重大行政决策事项目录。"))
    assert got["5项"] == "decisions.made"
    # places and government bodies covered by a supervision or a patrol are its scope, no inspections
    assert dict(ids("对全省13个设区市开展社会保险基金管理风险专项检查。"))["13个"] is None
    # regulated units inspected are inspections, also when their name has 人员 (人员密集场所)
    got = dict(ids("对全市14家燃气经营企业、1,263家餐饮等人员密集场所用户实现安全检查全覆盖。"))
    assert got["14家"] == got["1,263家"] == "enforcement.inspections"
    # a notice about hazards is no hazard; the hazards found are
    got = dict(ids("开展质量安全巡查3,140次，下发隐患整改通知单1,572份，排查整治隐患156处。"))
    assert got["1,572份"] is None and got["156处"] == "enforcement.hazards_rectified"
    # synonym classes: 督查 (a leader's supervision trips), 轮训 (training), 退还 (money recovered)
    assert dict(ids("局主要负责人4次带队督查执法办案情况。"))["4次"] == "supervision.rule_of_law_inspections"
    assert dict(ids("全年组织行政执法人员专题轮训3.4万人次。"))["3.4万人次"] == "publicity.training_attendees"
    assert dict(ids("开展违规收费专项检查，督促退还企业费用23.4万元。"))["23.4万元"] == "enforcement.funds_recovered"


def test_third_round_precision():
    # an activity is a publicity event only when it is about law or publicity
    assert dict(ids("开展“你点我检”抽检活动12场。"))["12场"] is None
    assert dict(ids("开展“宪法进万家”普法宣传活动86场。"))["86场"] == "publicity.campaign_events"
    # digital city management files cases of urban problems, no penalty cases
    assert dict(ids("数字城管立案：46.3万件"))["46.3万件"] is None
    # a reception point is no case; a new litigation case is no reconsideration case
    assert dict(ids("深化行政复议体制改革，在乡镇设立行政复议受理点1,236个。"))["1,236个"] is None
    got = dict(ids("全年办理以本局为被申请人的行政复议案件11件；新收行政诉讼案件19件。"))
    assert got["19件"] == "review.litigation.cases"
    # hearing a report on enforcement supervision is hearing a report
    assert dict(ids("局主要负责人6次听取执法监督工作汇报。"))["6次"] == "leadership.reports_heard"


def test_rates_shared_by_coordinated_activities():
    got = ids("组织全系统286名执法人员参加法律知识考试，参考率、合格率均为100%。")
    assert [i for _, i in got if i] == ["publicity.exam_participation_rate", "publicity.exam_pass_rate"]


def test_changes_and_baselines_are_not_levels():
    got = dict(ids("全市行政机关负责人出庭应诉率达98.6%，同比提高2.1个百分点。企业开办时间由3个工作日压缩至0.5个工作日。"))
    assert got["98.6%"] == "review.litigation.head_appearance_rate"
    assert got["2.1个百分点"] is None
    assert got["3个工作日"] is None and got["0.5个工作日"] == "services.business_startup_time"


def test_at_most_one_indicator_and_kinds_agree():
    text = (ROOT / "benchmarks/reports/dev/h02_county_gov.txt").read_text(encoding="utf-8")
    df = lawgov_nlp.indicators(lawgov_nlp.extract(text, doc_id="h02"))
    book = load_codebook().by_id
    tagged = df[df["indicator"].notna()]
    assert len(tagged) > 30
    assert (tagged["kind"] == [book[i].kind for i in tagged["indicator"]]).all()
    assert (tagged["indicator_area"] == [book[i].area for i in tagged["indicator"]]).all()
    assert tagged["change"].isna().all()


def test_empty_frame():
    out = lawgov_nlp.indicators(lawgov_nlp.extract("", doc_id="e"))
    assert len(out) == 0 and "indicator" in out.columns
    result = lawgov_nlp.panel(out)
    assert result.wide.empty and result.evidence.empty and result.conflicts.empty


# --- the panel --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def two_years():
    frames = []
    for year, (received, fines) in {2023: ("120", "15.7万元"), 2024: ("150", "20万元")}.items():
        text = (f"全年收到行政复议申请{received}件。全年立案查处违法案件44起，罚款{fines}。"
                f"附表：行政复议收案{int(received) + 1}件。")
        df = lawgov_nlp.extract(text, doc_id=f"county_{year}")
        frames.append(df.assign(org="青石县司法局", year=pd.array([year] * len(df), dtype="Int64"), source=None))
    return pd.concat(frames, ignore_index=True)


def test_panel_one_row_per_org_year_values_in_canonical_units(two_years):
    result = lawgov_nlp.panel(two_years)
    assert isinstance(result, Panel)
    wide = result.wide
    assert list(wide.index.names) == ["org", "year"] and len(wide) == 2
    assert wide.loc[("青石县司法局", 2024), "enforcement.penalty.fines_amount"] == 200000.0
    assert wide.loc[("青石县司法局", 2023), "review.reconsideration.cases_received"] == 120.0


def test_every_cell_traces_to_its_sentence(two_years):
    wide, evidence, conflicts = lawgov_nlp.panel(two_years)
    texts = {d: s for d, s in zip(two_years["doc_id"], two_years["sentence"])}
    assert set(evidence.columns) >= {"org", "year", "indicator", "value", "doc_id", "start", "end", "sentence"}
    chosen = evidence[evidence["chosen"]]
    assert len(chosen) == wide.notna().sum().sum()
    for row in chosen.itertuples():
        assert row.text in row.sentence and row.doc_id in texts


def test_a_stated_twice_cell_keeps_the_first_and_lists_the_conflict(two_years):
    result = lawgov_nlp.panel(two_years)
    cell = result.trace("青石县司法局", 2023, "review.reconsideration.cases_received")
    assert cell["value"].tolist() == [120.0, 121.0]
    assert cell["chosen"].tolist() == [True, False]
    assert len(result.conflicts[result.conflicts["indicator"] == "review.reconsideration.cases_received"]) == 4


def test_an_exact_figure_wins_over_an_approximate_one():
    result = lawgov_nlp.panel(lawgov_nlp.extract("受理行政复议申请约50件。附表：收到行政复议申请48件。", doc_id="q"))
    assert result.wide.iloc[0]["review.reconsideration.cases_received"] == 48.0


def test_without_org_and_year_each_document_is_a_row():
    df = pd.concat([lawgov_nlp.extract("罚款5万元。", doc_id="a"), lawgov_nlp.extract("罚款6万元。", doc_id="b")],
                   ignore_index=True)
    wide = lawgov_nlp.panel(df).wide
    assert list(wide.index.get_level_values("org")) == ["a", "b"]


def test_save_csv_and_parquet(two_years, tmp_path):
    result = lawgov_nlp.panel(two_years)
    written = result.save(tmp_path / "p.csv")
    assert [p.name for p in written] == ["p.csv", "p.evidence.csv", "p.conflicts.csv"]
    back = pd.read_csv(written[0])
    assert list(back.columns[:2]) == ["org", "year"]
    pytest.importorskip("pyarrow")
    assert len(pd.read_parquet(result.save(tmp_path / "p.parquet")[1])) == len(result.evidence)
    with pytest.raises(ValueError):
        result.save(tmp_path / "p.txt")


# --- the command line ---------------------------------------------------------------------------

def test_cli_panel_of_the_seeds(tmp_path, capsys):
    out = tmp_path / "panel.csv"
    assert main(["panel", str(ROOT / "seeds"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "2 reports" in err and "written to" in err
    wide = pd.read_csv(out)
    assert len(wide) == 2 and "enforcement.inspections" in wide.columns
    assert (tmp_path / "panel.evidence.csv").exists() and (tmp_path / "panel.conflicts.csv").exists()


def test_cli_panel_refuses_an_unknown_format(tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["panel", str(ROOT / "seeds"), "-o", str(tmp_path / "x.txt")])
    assert exit_info.value.code == 2
