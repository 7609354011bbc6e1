"""Report metadata: title (often split over two lines), issuing body, and the
year reported on (not the publication date)."""
from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_files import seed_texts  # noqa: E402

from lawgov_nlp.metadata import clean_title_hint, report_metadata  # noqa: E402

BODY = "一、主要工作\n全年共受理行政复议案件12件，办结率100%。\n二、存在问题\n执法力量不足。\n特此报告。"


def test_seed_with_split_title():
    stem, text = seed_texts(1)[0]
    assert report_metadata(text) == {
        "title": "梨树县卫生健康局关于2024年度法治政府建设情况的报告",
        "org": "梨树县卫生健康局",
        "year": 2024,
    }


def test_seed_without_title_uses_signature_and_opening():
    texts = dict(seed_texts())
    text = texts.get("001_03c5be8170ccb617")
    if text is None:
        pytest.skip("seed 001 not present")
    assert report_metadata(text) == {"title": None, "org": "深圳市光明区卫生健康局", "year": 2024}


@pytest.mark.parametrize("title,org,year", [
    ("某市交通运输局关于2023年度法治政府建设工作情况的报告", "某市交通运输局", 2023),
    ("某某区人民政府2022年法治政府建设年度报告", "某某区人民政府", 2022),
    ("2024年某县市场监督管理局法治政府建设工作报告", "某县市场监督管理局", 2024),
    ("某省人民政府办公厅二〇二四年度法治政府建设情况报告", "某省人民政府办公厅", 2024),
    ("某镇人民政府关于二〇二三年法治政府建设情况的报告", "某镇人民政府", 2023),
    ("关于2024年度法治政府建设情况的报告", None, 2024),
    ("某县人民法院2024年度依法行政工作报告", "某县人民法院", 2024),
])
def test_org_and_year_from_title(title, org, year):
    meta = report_metadata(title + "\n\n" + BODY)
    assert meta == {"title": title, "org": org, "year": year}


def test_title_over_two_lines_with_noise_above():
    text = "发布时间：2025-01-15\n来源：某市司法局\n\n某市司法局关于\n2024年法治政府建设情况的报告\n" + BODY
    assert report_metadata(text) == {"title": "某市司法局关于2024年法治政府建设情况的报告", "org": "某市司法局", "year": 2024}


def test_joint_report_of_two_bodies():
    text = ("中共某某县委 某某县人民政府\n关于2023年法治政府建设情况的报告\n" + BODY
            + "\n中共某某县委\n某某县人民政府\n2024年3月1日")
    assert report_metadata(text)["org"] == "中共某某县委、某某县人民政府"


@pytest.mark.parametrize("signature,org", [
    ("某市生态环境局\n2025年1月20日", "某市生态环境局"),
    ("某某市发展和改革委员会\n二〇二五年一月二十日", "某某市发展和改革委员会"),
    ("某县人民政府办公室 2025年2月3日", "某县人民政府办公室"),
    ("某区应急管理局\n2025-01-08", "某区应急管理局"),
    ("此致\n2025年1月8日", None),
])
def test_org_from_signature_block(signature, org):
    text = "2024年，我单位认真贯彻落实法治政府建设各项部署。\n" + BODY + "\n" + signature
    assert report_metadata(text)["org"] == org


def test_year_is_the_year_reported_on_not_the_publication_date():
    text = ("按照要求，现将我委2023年法治政府建设情况报告如下：\n"
            "一、主要工作\n依据《法治政府建设实施纲要（2021—2025年）》，2024年1月起全面推行……。\n"
            "特此报告。\n某市卫生健康委员会\n2024年2月26日")
    assert report_metadata(text)["year"] == 2023


def test_opening_year_beats_other_years():
    text = ("为贯彻落实《某省法治政府建设实施方案（2021—2025年）》，与2022年相比成效明显。\n"
            "2023年以来，我局坚持依法行政，各项工作取得新进展。\n" + BODY)
    assert report_metadata(text)["year"] == 2023


@pytest.mark.parametrize("date,year", [("2025年1月10日", 2024), ("二〇二四年十二月五日", 2024), ("2024年7月1日", None)])
def test_publication_date_as_last_resort(date, year):
    text = "我局依法行政工作取得新进展。\n" + BODY + "\n某县司法局\n" + date
    assert report_metadata(text)["year"] == year


def test_title_hint_used_when_text_has_no_title():
    meta = report_metadata("2024年，我局认真贯彻落实……。\n" + BODY, title_hint="某县水利局2024年法治政府建设年度报告")
    assert meta == {"title": "某县水利局2024年法治政府建设年度报告", "org": "某县水利局", "year": 2024}


@pytest.mark.parametrize("hint,clean", [
    ("Microsoft Word - 某局2024年法治政府建设报告.docx", "某局2024年法治政府建设报告"),
    ("untitled", None), ("", None), (None, None), ("Document1", None),
    ("  某局关于 2024年度 法治政府建设情况的报告 ", "某局关于2024年度法治政府建设情况的报告"),
])
def test_clean_title_hint(hint, clean):
    assert clean_title_hint(hint) == clean


def test_nothing_found():
    assert report_metadata("") == {"title": None, "org": None, "year": None}
    assert report_metadata("共受理1818件。") == {"title": None, "org": None, "year": None}


def test_patterns_live_in_the_data_file():
    data = json.loads(resources.files("lawgov_nlp.data").joinpath("metadata_patterns.json").read_text("utf-8"))
    for key in ("org_suffixes", "title_org_patterns", "title_noise_lines", "year_context_words", "date_pattern"):
        assert data[key]
    assert "局" in data["org_suffixes"] and "委员会" in data["org_suffixes"]
    text = (Path(__file__).resolve().parents[1] / "lawgov_nlp" / "metadata.py").read_text("utf-8")
    for stem, seed in seed_texts():
        meta = report_metadata(seed)
        if meta["org"]:
            assert meta["org"] not in text  # never hard-coded
