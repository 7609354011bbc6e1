"""The .docx reader: paragraphs and tables in body order, tables as lines
the extractor can read (行政处罚案件 | 44 | 件 -> 行政处罚案件44件)."""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from report_files import seed_params, TITLE, plain_lines, seed_texts, truncate, write_docx, write_txt  # noqa: E402

from lawgov_nlp import errors  # noqa: E402
from lawgov_nlp.readers import read_text  # noqa: E402
from lawgov_nlp.readers._common import join_cells, table_lines  # noqa: E402


@pytest.mark.parametrize("stem,text", seed_params())
def test_docx_reads_like_the_plain_text(tmp_path, stem, text):
    result = read_text(write_docx(tmp_path / f"{stem}.docx", text, title=TITLE))
    assert result.format == "docx"
    assert result.text.split("\n") == plain_lines(text)
    assert result.title == TITLE


def test_table_sits_where_it_is_in_the_body(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("一、执法情况")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([["项目", "数量", "单位"], ["行政处罚案件", "44", "件"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("二、存在的问题")
    document.save(str(tmp_path / "r.docx"))
    assert read_text(tmp_path / "r.docx").text.split("\n") == [
        "一、执法情况", "项目，数量，单位", "行政处罚案件44件", "二、存在的问题"]


def test_merged_cells_are_read_once(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "2024年行政执法统计"
    for c, value in enumerate(["罚款", "15.7", "万元"]):
        table.cell(1, c).text = value
    document.save(str(tmp_path / "r.docx"))
    assert read_text(tmp_path / "r.docx").text.split("\n") == ["2024年行政执法统计", "罚款15.7万元"]


@pytest.mark.parametrize("cells,line", [
    (["行政处罚案件", "44", "件"], "行政处罚案件44件"),
    (["罚没款", "15.7万", "元"], "罚没款15.7万元"),
    (["办结率", "100", "%"], "办结率100%"),
    (["案件", "44", "52"], "案件44，52"),              # two numbers never merge
    (["1", "行政处罚案件", "44", "件"], "1、行政处罚案件44件"),  # a serial number stays apart
    (["2", "案件", "3"], "2、案件3"),
    (["行政许可", "受理", "1818件"], "行政许可，受理1818件"),
    (["说明：", "无"], "说明：无"),
    (["", "  ", "检查", "", "20", "次"], "检查20次"),
])
def test_join_cells(cells, line):
    assert join_cells(cells) == line


def test_header_units_go_to_bare_numbers():
    rows = [["项目", "数量（件）", "金额(万元)"], ["行政处罚", "44", "15.7"], ["行政许可", "1818", "—"]]
    assert table_lines(rows) == ["项目，数量（件），金额(万元)", "行政处罚44件，15.7万元", "行政许可1818件，—"]


def test_layout_table_keeps_its_lines():
    assert table_lines([["第一段。\n第二段。"]]) == ["第一段。", "第二段。"]


def test_truncated_docx_is_corrupt(tmp_path):
    good = write_docx(tmp_path / "good.docx", seed_texts(1)[0][1])
    for fraction in (0.5, 0.9, 0.02):
        bad = truncate(good, tmp_path / f"bad{fraction}.docx", fraction)
        with pytest.raises(errors.CorruptFileError) as info:
            read_text(bad)
        assert info.value.code == "E008" and "docx" in str(info.value)


def test_text_named_docx_is_corrupt(tmp_path):
    with pytest.raises(errors.CorruptFileError, match="expected a zip archive, found plain text"):
        read_text(write_txt(tmp_path / "r.docx", "这不是Word文件。"))


def test_zip_that_is_not_word_is_corrupt(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    (tmp_path / "r.docx").write_bytes(buffer.getvalue())
    with pytest.raises(errors.CorruptFileError):
        read_text(tmp_path / "r.docx")


def test_password_protected_docx(tmp_path):
    # Office saves a password-protected .docx as an OLE container with an
    # EncryptionInfo stream (what msoffcrypto writes); only the marker matters here.
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024) + "EncryptionInfo".encode("utf-16-le") + bytes(2048)
    (tmp_path / "r.docx").write_bytes(ole)
    with pytest.raises(errors.EncryptedFileError) as info:
        read_text(tmp_path / "r.docx")
    assert info.value.code == "E009"


def test_docx_without_text_is_empty(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("   ")
    document.save(str(tmp_path / "r.docx"))
    with pytest.raises(errors.EmptyDocumentError):
        read_text(tmp_path / "r.docx")


def test_tracked_insertions_and_hyperlinks_keep_their_text(tmp_path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    paragraph = document.add_paragraph("共受理")

    def run(text, deleted=False):
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.text = text
        r.append(t)
        return r

    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "1")
    ins.set(qn("w:author"), "a")
    ins.append(run("审批事项"))
    paragraph._p.append(ins)
    dele = OxmlElement("w:del")
    dele.set(qn("w:id"), "2")
    dele.set(qn("w:author"), "a")
    dele.append(run("9999件", deleted=True))
    paragraph._p.append(dele)
    link = OxmlElement("w:hyperlink")
    link.append(run("1818件"))
    paragraph._p.append(link)
    document.save(str(tmp_path / "r.docx"))
    assert read_text(tmp_path / "r.docx").text == "共受理审批事项1818件"
