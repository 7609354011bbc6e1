"""The .html reader: the article of a government page, without the site's
menus, breadcrumbs, buttons, related links and footer."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from report_files import seed_params, TITLE, plain_lines, seed_texts, write_html  # noqa: E402

from lawgov_nlp import errors  # noqa: E402
from lawgov_nlp.readers import read_text  # noqa: E402

#: Words of the page around the article (none of them occurs in a seed).
BOILERPLATE = ["走进本县", "当前位置", "相关链接", "批行政许可事项", "打印本页", "关闭窗口", "版权所有",
               "ICP备", "访问量", "浏览次数", "发布时间", "字号", "搜索", "某县人民政府"]


@pytest.mark.parametrize("stem,text", seed_params())
@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_article_body_only(tmp_path, stem, text, encoding):
    result = read_text(write_html(tmp_path / f"{stem}.html", text, encoding=encoding))
    assert result.format == "html"
    assert result.text.split("\n") == plain_lines(text)
    assert result.title == TITLE
    for word in BOILERPLATE:
        assert word not in text and word not in result.text


@pytest.mark.parametrize("container", ['<div id="a17" class="x3">', "<article>", '<td class="bt_content">'])
def test_body_found_without_known_container(tmp_path, container):
    text = seed_texts(1)[0][1]
    if container.startswith("<td"):
        container = "<table><tr>" + container
    result = read_text(write_html(tmp_path / "r.html", text, container=container))
    lines = result.text.split("\n")
    for line in plain_lines(text):
        assert line in lines
    for word in ("相关链接", "版权所有", "当前位置"):
        assert word not in result.text


def test_title_from_page_title_without_site_name(tmp_path):
    page = ("<html><head><title>某市司法局2023年法治政府建设年度报告_某市人民政府</title></head>"
            "<body><div class='content'><p>2023年，我局共办理行政复议案件12件，审查规范性文件30件，"
            "开展执法检查15次，办结率100%。</p></div></body></html>")
    (tmp_path / "r.htm").write_text(page, encoding="utf-8")
    result = read_text(tmp_path / "r.htm")
    assert result.title == "某市司法局2023年法治政府建设年度报告"
    assert result.text == "2023年，我局共办理行政复议案件12件，审查规范性文件30件，开展执法检查15次，办结率100%。"


def test_br_and_nbsp(tmp_path):
    page = ("<html><body><div class='TRS_Editor'>一、基本情况<br>共受理&nbsp;1818&nbsp;件，"
            "办结率100%。<br/><br/>二、下一步打算<p>继续做好工作，力争全年办件量达到2000件以上。</p></div></body></html>")
    (tmp_path / "r.html").write_text(page, encoding="utf-8")
    assert read_text(tmp_path / "r.html").text.split("\n") == [
        "一、基本情况", "共受理1818件，办结率100%。", "二、下一步打算", "继续做好工作，力争全年办件量达到2000件以上。"]


def test_page_with_no_article_is_empty(tmp_path):
    page = "<html><head><title>x</title><script>var a=1;</script></head><body><div class='nav'><a>首页</a></div></body></html>"
    (tmp_path / "r.html").write_text(page, encoding="utf-8")
    with pytest.raises(errors.EmptyDocumentError):
        read_text(tmp_path / "r.html")


def test_binary_named_html(tmp_path):
    import random

    rng = random.Random(1)
    (tmp_path / "r.html").write_bytes(bytes(rng.randrange(256) for _ in range(2048)))
    with pytest.raises(errors.BinaryFileError):
        read_text(tmp_path / "r.html")


def test_utf8_page_that_declares_gb2312(tmp_path):
    text = seed_texts(1)[0][1]
    page = write_html(tmp_path / "r.html", text, encoding="utf-8").read_text(encoding="utf-8")
    (tmp_path / "r.html").write_bytes(page.replace("charset=utf-8", "charset=gb2312").encode("utf-8"))
    result = read_text(tmp_path / "r.html")
    assert result.encoding == "utf-8"
    assert result.text.split("\n") == plain_lines(text)


def test_title_is_the_heading_the_page_title_repeats(tmp_path):
    page = ("<html><head><title>某区司法局2024年法治政府建设年度报告 - 某区人民政府门户网站</title></head><body>"
            "<h1>某区人民政府门户网站</h1><h2>某区司法局2024年法治政府建设年度报告</h2>"
            "<div class='zoom'><p>2024年，我局共办理行政复议案件12件，审查规范性文件30件，开展执法检查15次。</p></div>"
            "</body></html>")
    (tmp_path / "r.html").write_text(page, encoding="utf-8")
    assert read_text(tmp_path / "r.html").title == "某区司法局2024年法治政府建设年度报告"
