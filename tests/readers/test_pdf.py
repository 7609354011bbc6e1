"""The .pdf reader: page furniture removed, wrapped lines rejoined into the
paragraphs they came from, encrypted and truncated files typed."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from report_files import seed_params, encrypt_pdf, plain_lines, seed_texts, truncate, write_html, write_pdf, write_txt  # noqa: E402

from lawgov_nlp import errors  # noqa: E402
from lawgov_nlp.readers import read_text  # noqa: E402
from lawgov_nlp.readers.pdf import _Line, _paragraphs, _strip_furniture  # noqa: E402


@pytest.mark.parametrize("stem,text", seed_params())
def test_pdf_reads_like_the_plain_text(tmp_path, stem, text):
    path = write_pdf(tmp_path / f"{stem}.pdf", text)
    result = read_text(path)
    assert result.format == "pdf"
    assert result.text.split("\n") == plain_lines(text)


@pytest.mark.parametrize("header,footer", [
    ("梨树县卫生健康局", "第{page}页 共9页"),
    ("", "— {page} —"),
    ("2024年法治政府建设情况报告", "{page}/9"),
])
def test_headers_footers_and_page_numbers_go(tmp_path, header, footer):
    text = seed_texts(1)[0][1]
    result = read_text(write_pdf(tmp_path / "r.pdf", text, header=header, footer=footer))
    assert result.text.split("\n") == plain_lines(text)


def _line(text, x0=60.0, x1=535.0, page=0):
    return _Line(text, x0, x1, 12.0, page)


def test_wrapped_lines_are_rejoined_headings_kept():
    lines = [
        _line("一、基本情况", x1=132),
        _line("共受理审批事项1818件，办结率100%，群众满意", x0=84),
        _line("度100%。罚款共计"),
        _line("1.5万元。", x1=120),
        _line("1.加强执法监督", x1=150),
        _line("开展检查20次。", x0=84, x1=170),
    ]
    assert _paragraphs(lines) == [
        "一、基本情况",
        "共受理审批事项1818件，办结率100%，群众满意度100%。罚款共计1.5万元。",
        "1.加强执法监督",
        "开展检查20次。",
    ]


def test_sentence_end_breaks_when_paragraphs_are_not_indented():
    lines = [_line("第一段到此结束。"), _line("第二段从这里开始，", x1=300), _line("再下一段。", x1=200)]
    assert _paragraphs(lines) == ["第一段到此结束。", "第二段从这里开始，", "再下一段。"]


def test_furniture_only_at_page_edges():
    words = "检查审批复议培训普法宣传执法监督"
    body = ["%s%s正文共%d次，" % (words[p + i], words[i], p * 3 + i) for p in range(3) for i in range(6)]
    pages = [[_line("某局2024年法治政府建设报告", page=p)] + [_line(t, page=p) for t in body[p * 6:p * 6 + 6]]
             + [_line("12", page=p), _line("第 %d 页" % (p + 1), page=p)] for p in range(3)]
    pages[1].insert(3, _line("88", page=1))  # a bare number inside the page stays
    kept = [l.text for l in _strip_furniture(pages)]
    assert kept == body[:8] + ["88"] + body[8:]


def test_encrypted_pdf(tmp_path):
    plain = write_pdf(tmp_path / "r.pdf", seed_texts(1)[0][1])
    with pytest.raises(errors.EncryptedFileError) as info:
        read_text(encrypt_pdf(plain, tmp_path / "locked.pdf"))
    assert info.value.code == "E009"


@pytest.mark.parametrize("fraction", [0.5, 0.95, 0.01])
def test_truncated_pdf_is_corrupt(tmp_path, fraction):
    plain = write_pdf(tmp_path / "r.pdf", seed_texts(1)[0][1])
    with pytest.raises(errors.CorruptFileError) as info:
        read_text(truncate(plain, tmp_path / "cut.pdf", fraction))
    assert info.value.code == "E008" and "PDF" in str(info.value)


def test_pdf_without_text_layer(tmp_path):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "scan.pdf"))
    c.rect(100, 100, 200, 200, fill=1)  # a "scan": drawing, no text
    c.showPage()
    c.save()
    with pytest.raises(errors.EmptyDocumentError, match="OCR"):
        read_text(tmp_path / "scan.pdf")


def test_text_or_html_named_pdf_is_corrupt(tmp_path):
    with pytest.raises(errors.CorruptFileError, match="%PDF- header"):
        read_text(write_txt(tmp_path / "a.pdf", "只是文字。"))
    with pytest.raises(errors.CorruptFileError, match="HTML page"):
        read_text(write_html(tmp_path / "b.pdf", "下载失败。"))


def test_one_overlong_line_does_not_stop_rejoining():
    lines = [_line("这是一段很长的文字，在右边界处", x0=84), _line("换行，然后继续。", x1=200),
             _line("http://www.example.gov.cn/a/very/long/link/that/sticks/out", x1=700)]
    lines += [_line("第二段也在右边界处换行", x0=84), _line("。", x1=72)] * 3
    out = _paragraphs(lines)
    assert out[0] == "这是一段很长的文字，在右边界处换行，然后继续。"
    assert out[2] == "第二段也在右边界处换行。"
