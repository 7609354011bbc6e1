"""Word reports (.docx) with python-docx.

Body paragraphs and tables are read in document order, straight from the
XML so tracked insertions, hyperlinks and fields keep their text (tables are where many
reports put their numbers: 行政处罚案件 | 44 | 件). Content controls (``w:sdt``)
are entered, merged cells are read once, nested tables are flattened into
their cell. Page headers/footers, footnotes and comments are not body text and
are left out. (Password-protected .docx files are OLE containers, not zips;
``read_text`` reports them before this reader is called.)
"""
from __future__ import annotations

import io
import zipfile

from ..errors import CorruptFileError, Errors
from ._common import ReadResult, finish_lines, table_lines

SUFFIXES = (".docx",)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read(data: bytes, path: str) -> ReadResult:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx / lxml raise their own types on broken parts
        raise CorruptFileError(Errors.E008.format(path=path, fmt="docx", reason=_reason(exc)), path) from exc

    def walk(parent_element, parent):
        for child in parent_element.iterchildren():
            tag = child.tag
            if tag == _W + "p":
                yield _paragraph_text(child)
            elif tag == _W + "tbl":
                yield from table_lines(_rows(Table(child, parent)))
            elif tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    yield from walk(content, parent)

    def _rows(table):
        rows = []
        for row in table.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a horizontally merged cell repeats
                    continue
                seen.add(id(cell._tc))
                cells.append("\n".join(walk(cell._tc, cell)))
            rows.append(cells)
        return rows

    try:
        body = document.element.body
        text = finish_lines(walk(body, document._body))
    except Exception as exc:
        raise CorruptFileError(Errors.E008.format(path=path, fmt="docx", reason=_reason(exc)), path) from exc
    title = (document.core_properties.title or "").strip() or None
    return ReadResult(text, title, path, "docx")



def _paragraph_text(p) -> str:
    """A paragraph's text from its XML: runs anywhere below it (hyperlinks,
    tracked insertions, fields, inline content controls, which python-docx's
    ``Paragraph.text`` skips in part); deleted text and field codes are other
    tags and stay out; text boxes are left out (their fallback copy would
    repeat them)."""
    parts: list[str] = []

    def walk(el):
        for child in el.iterchildren():
            tag = child.tag
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag == _W + "tab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                parts.append("\n")
            elif tag == _W + "noBreakHyphen":
                parts.append("-")
            elif tag != _W + "txbxContent" and isinstance(tag, str):
                walk(child)

    walk(p)
    return "".join(parts)


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    if isinstance(exc, zipfile.BadZipFile):
        return f"not a complete zip archive ({text})"
    return text[:200]
