"""Text PDFs with pdfplumber, turned back into paragraphs.

A PDF has lines, not paragraphs: each page repeats a header/footer and a page
number, and every paragraph is wrapped at the right margin. The extractor
splits sentences at line breaks, so a wrapped line would cut "共受理审批事项
1818件" in two. Lines are therefore

1. stripped of page furniture: lines in the top/bottom two of a page that
   repeat on most pages (digits ignored, so "第3页" matches "第4页"), and page
   numbers (``- 3 -``, ``第3页``, ``3/12``, ``第3页 共12页``);
2. rejoined: a line is glued to the next unless the next line starts a
   heading (一、 （二） 3. …; "1.5万" is no heading) or is indented (a new
   paragraph), the line stops short of the right margin (the paragraph or
   heading ended there), or it ends a sentence in a document that does not
   mark paragraphs by indentation.

A line with gaps wider than 2.5 characters is a table row; its pieces are
joined by the table rule of the .docx reader. Geometry (line and character
x0/x1, font size) comes from ``page.extract_text_lines``.
pdfplumber was kept over pypdfium2 (bundled with it, faster) for its line
geometry and over PyMuPDF for its licence (AGPL-3.0).
"""
from __future__ import annotations

import io
import logging
import re
import statistics
from dataclasses import dataclass

from ..errors import CorruptFileError, EmptyDocumentError, EncryptedFileError, Errors
from ._common import HEADING_MARKER, ReadResult, clean_line, ends_sentence, finish_lines, join_cells

SUFFIXES = (".pdf",)

#: Lines at each end of a page that may be header/footer.
EDGE_LINES = 2
#: A gap wider than this many characters inside a line separates table cells.
CELL_GAP = 2.5

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–_·\s]*\d{1,4}[-—–_·\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$"
)
_DIGITS = re.compile(r"\d+")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    size: float
    page: int


def read(data: bytes, path: str) -> ReadResult:
    import pdfplumber

    # pdfminer logs a warning per damaged object; the outcome is reported as
    # a typed error instead. Left alone when the application set a level.
    for name in ("pdfminer", "pdfplumber"):
        if logging.getLogger(name).level == logging.NOTSET:
            logging.getLogger(name).setLevel(logging.ERROR)

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _error(exc, path) from exc
    try:
        with pdf:
            pages = []
            for number, page in enumerate(pdf.pages):
                lines = []
                for item in page.extract_text_lines(strip=True, return_chars=True):
                    text = clean_line(_line_text(item))
                    if text:
                        lines.append(_Line(text, item["x0"], item["x1"], item["bottom"] - item["top"], number))
                pages.append(lines)
            title = (pdf.metadata or {}).get("Title")
    except Exception as exc:
        raise _error(exc, path) from exc
    lines = _paragraphs(_strip_furniture(pages))
    text = finish_lines(lines)
    if not text and pages:
        raise EmptyDocumentError(
            Errors.E006.format(path=path) + " The PDF has no text layer (a scan?); run OCR on it first.", path)
    if isinstance(title, bytes):
        title = title.decode("utf-8", "ignore")
    return ReadResult(text, str(title).strip() if title else None, path, "pdf")


def _line_text(item: dict) -> str:
    """A line's text; a line with wide gaps is a table row, its pieces joined
    like table cells (行政处罚案件    44    件 -> 行政处罚案件44件)."""
    chars = [c for c in item.get("chars") or [] if c.get("text", "").strip()]
    if len(chars) < 2:
        return item["text"]
    size = statistics.median(c.get("size") or (c["x1"] - c["x0"]) for c in chars) or 10.0
    cells, current = [], chars[0]["text"]
    for prev, ch in zip(chars, chars[1:]):
        gap = ch["x0"] - prev["x1"]
        if gap > CELL_GAP * size:
            cells.append(current)
            current = ch["text"]
        else:
            current += (" " if gap > 0.25 * size else "") + ch["text"]
    cells.append(current)
    return item["text"] if len(cells) == 1 else join_cells(cells)


def _error(exc: Exception, path: str) -> Exception:
    """pdfminer's exceptions, typed: password -> encrypted, the rest -> corrupt."""
    names = {type(exc).__name__} | {type(a).__name__ for a in getattr(exc, "args", ()) if isinstance(a, BaseException)}
    cause = exc.__cause__ or exc.__context__
    if cause is not None:
        names.add(type(cause).__name__)
    if names & {"PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"}:
        return EncryptedFileError(Errors.E009.format(path=path), path)
    reason = str(exc).strip() or type(exc).__name__
    return CorruptFileError(Errors.E008.format(path=path, fmt="PDF", reason=reason[:200]), path)


def _key(text: str) -> str:
    return _DIGITS.sub("#", text.replace(" ", ""))


def _strip_furniture(pages: list[list[_Line]]) -> list[_Line]:
    """Drop running headers/footers and page numbers from the page edges."""
    counts: dict[str, int] = {}
    for lines in pages:
        edge = {_key(l.text) for l in lines[:EDGE_LINES] + lines[-EDGE_LINES:]}
        for key in edge:
            counts[key] = counts.get(key, 0) + 1
    needed = max(2, int(0.6 * len(pages) + 0.5))
    repeated = {key for key, n in counts.items() if n >= needed}
    out: list[_Line] = []
    for lines in pages:
        n = len(lines)
        for i, line in enumerate(lines):
            at_edge = i < EDGE_LINES or i >= n - EDGE_LINES
            if at_edge and (_PAGE_NUMBER.match(line.text) or _key(line.text) in repeated):
                continue
            out.append(line)
    return out


def _paragraphs(lines: list[_Line]) -> list[str]:
    """Rejoin wrapped lines into paragraphs (see the module docstring)."""
    if not lines:
        return []
    size = statistics.median(l.size for l in lines) or 10.0
    left = _mode_low(l.x0 for l in lines)
    right = _right_margin([l.x1 for l in lines], 1.5 * size)
    indent_style = sum(1 for l in lines if l.x0 > left + 1.5 * size) >= 2

    def full(line: _Line) -> bool:
        return line.x1 >= right - 1.5 * size

    def indented(line: _Line) -> bool:
        return line.x0 > left + 1.5 * size

    out: list[str] = []
    current = lines[0].text
    for prev, nxt in zip(lines, lines[1:]):
        cut = (
            HEADING_MARKER.match(nxt.text) is not None
            or indented(nxt)
            or not full(prev)
            or (ends_sentence(prev.text) and not indent_style)
        )
        if cut:
            out.append(current)
            current = nxt.text
        else:
            sep = " " if current[-1:].isascii() and current[-1:].isalnum() and nxt.text[:1].isascii() and nxt.text[:1].isalpha() else ""
            current += sep + nxt.text
    out.append(current)
    return out


def _right_margin(x1s: list[float], width: float) -> float:
    """The right margin: the rightmost line end shared (within ``width``) by
    at least a tenth of the lines, so one overlong line (a wide table row, a
    URL) does not make every other line look short."""
    import bisect

    ends = sorted(x1s)
    needed = max(2, len(ends) // 10) if len(ends) > 2 else 1
    for i in range(len(ends) - 1, -1, -1):
        if i + 1 - bisect.bisect_left(ends, ends[i] - width) >= needed:
            return ends[i]
    return ends[-1]


def _mode_low(values) -> float:
    """The usual left margin: the most common x0 (rounded), ties to the lowest."""
    counts: dict[int, int] = {}
    for v in values:
        counts[round(v)] = counts.get(round(v), 0) + 1
    best = max(counts.values())
    return float(min(k for k, n in counts.items() if n == best))
