"""Report files built from the seed texts, for the reader, batch and CLI tests.

Every builder writes one format from the same paragraphs plus an optional
table, and :func:`plain_lines` says what any reader should give back, so a
test can compare formats line by line (and, through ``extract``, mention by
mention).
"""
from __future__ import annotations

import html as _html
import io
from pathlib import Path

from lawgov_nlp.readers._common import clean_line

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TITLE = "梨树县卫生健康局关于2024年度法治政府建设情况的报告"
#: The table every docx/html/pdf fixture carries, and the line it must read as.
TABLE = [["项目", "数量", "单位"], ["行政处罚案件", "44", "件"]]
TABLE_LINES = ["项目，数量，单位", "行政处罚案件44件"]


def seed_texts(limit: int = 2) -> list[tuple[str, str]]:
    """``(stem, text)`` of the first seeds, sorted by name."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))[:limit]]


def seed_params(limit: int = 2) -> list:
    """``seed_texts`` as pytest parameters named by stem."""
    import pytest

    return [pytest.param(stem, text, id=stem) for stem, text in seed_texts(limit)]


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def plain_lines(text: str, table: bool = True) -> list[str]:
    """The lines a reader should give for ``text`` (+ the table)."""
    lines = [clean_line(p) for p in paragraphs(text)]
    return [l for l in lines if l] + (TABLE_LINES if table else [])


def plain_text(text: str, table: bool = True) -> str:
    return "\n".join(plain_lines(text, table))


# --------------------------------------------------------------------------

def write_txt(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def write_docx(path: Path, text: str, table: bool = True, title: str | None = None) -> Path:
    import docx

    document = docx.Document()
    for para in paragraphs(text):
        document.add_paragraph(para)
    if table:
        tbl = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
        for r, row in enumerate(TABLE):
            for c, value in enumerate(row):
                tbl.cell(r, c).text = value
    if title:
        document.core_properties.title = title
    document.save(str(path))
    return path


def write_pdf(path: Path, text: str, table: bool = True, header: str = "梨树县卫生健康局",
              footer: str = "- {page} -", size: float = 12) -> Path:
    """A text PDF as Word prints one: paragraphs indented two characters and
    wrapped at the right margin, a running header and a page number."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    width, height = A4
    left, right = 60, width - 60
    c = canvas.Canvas(str(path), pagesize=A4)
    state = {"page": 1, "y": 0.0}

    def start_page():
        c.setFont(font, 9)
        if header:
            c.drawString(left, height - 40, header)
        if footer:
            c.drawCentredString(width / 2, 30, footer.format(page=state["page"]))
        c.setFont(font, size)
        state["y"] = height - 70

    def line(x, s):
        if state["y"] < 60:
            c.showPage()
            state["page"] += 1
            start_page()
        c.drawString(x, state["y"], s)
        state["y"] -= size * 1.6

    start_page()
    for para in paragraphs(text):
        current, avail, first = "", right - left - 2 * size, True
        for ch in para:
            if pdfmetrics.stringWidth(current + ch, font, size) > avail:
                line(left + (2 * size if first else 0), current)
                current, avail, first = "", right - left, False
            current += ch
        line(left + (2 * size if first else 0), current)
    if table:
        for row in TABLE:
            y = state["y"]
            for i, cell in enumerate(row):
                c.drawString(left + 2 * size + i * 120, y, cell)
            line(left, "")
    c.save()
    return path


def write_html(path: Path, text: str, table: bool = True, encoding: str = "utf-8",
               container: str = '<div class="TRS_Editor">', title: str = TITLE) -> Path:
    """A government article page: header, menu, breadcrumb, the article,
    print/close buttons, related links and a footer."""
    ps = "\n".join(f'<p style="text-indent:2em">{_html.escape(p)}</p>' for p in paragraphs(text))
    tbl = ""
    if table:
        tbl = "<table border='1'>" + "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in TABLE) + "</table>"
    nav = "".join(f'<li><a href="/c{i}.html">{n}</a></li>' for i, n in enumerate(
        ["首页", "政务公开", "政务服务", "互动交流", "走进本县", "专题专栏", "办事指南"]))
    related = "".join(f'<li><a href="/r{i}.html">关于公布第{i}批行政许可事项共{i * 7}项的通知</a>'
                      f'<span>2024-0{i}-1{i}</span></li>' for i in range(1, 9))
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={encoding}">
<title>{_html.escape(title)}_某县人民政府</title>
<meta name="ArticleTitle" content="{_html.escape(title)}">
<script>var counter = "访问量 123456次";</script><style>.nav {{ color: red }}</style></head>
<body>
<div class="header"><div class="logo">某县人民政府</div><div class="search"><input value="搜索"></div></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 法治政府建设</div>
<div class="main">
  <h1>{_html.escape(title)}</h1>
  <div class="info">发布时间：2025-01-10 来源：本站 浏览次数：1024次 字号：<a>大</a> <a>中</a> <a>小</a></div>
  {container}
{ps}
{tbl}
  </div>
  <div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
  <div class="related"><h3>相关链接</h3><ul>{related}</ul></div>
</div>
<div class="footer"><p>版权所有：某县人民政府 主办：某县人民政府办公室 网站标识码2203220001</p>
<p>吉ICP备05002234号 联系电话：0434-5222222 访问总量 98765次</p></div>
</body></html>"""
    path.write_bytes(page.encode(encoding))
    return path


def encrypt_pdf(src: Path, dst: Path, password: str = "secret") -> Path:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(src))
    writer.encrypt(password, algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    dst.write_bytes(buffer.getvalue())
    return dst


def truncate(src: Path, dst: Path, fraction: float = 0.5) -> Path:
    data = src.read_bytes()
    dst.write_bytes(data[: int(len(data) * fraction)])
    return dst


def mixed_folder(folder: Path, text: str) -> dict[str, Path]:
    """One report in every format plus a broken file, as an analyst's folder."""
    (folder / "sub").mkdir(parents=True, exist_ok=True)
    files = {
        "txt": write_txt(folder / "r_txt.txt", plain_text(text)),
        "gbk": write_txt(folder / "r_gbk.txt", plain_text(text), "gbk"),
        "docx": write_docx(folder / "r_docx.docx", text),
        "pdf": write_pdf(folder / "r_pdf.pdf", text),
        "html": write_html(folder / "sub" / "r_html.html", text),
    }
    files["broken"] = truncate(files["docx"], folder / "r_broken.docx")
    return files

