"""Helpers shared by the readers: the result type, text decoding, line
clean-up, heading detection and the table-row joining rule.

Every reader ends in :func:`finish_lines` so .docx, .pdf and .html give text in
the same shape (one paragraph per line, no blank lines, no layout spaces
between Chinese characters); the .txt reader keeps the file's text as is so
offsets match what ``open(path).read()`` would give.
"""
from __future__ import annotations

import codecs
import json
import re
import threading
from dataclasses import dataclass
from importlib import resources

from ..errors import BinaryFileError, DecodingError, Errors


@dataclass(frozen=True)
class ReadResult:
    """A report file turned into text.

    ``title`` is the reader's own hint (docx core properties, PDF metadata,
    the page's ``<h1>``/``<title>``) and may be ``None``; the report title that
    ends up in frames comes from :func:`lawgov_nlp.metadata.report_metadata`.
    """

    text: str
    title: str | None
    source: str
    format: str
    encoding: str | None = None


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: How many bytes the sniffers look at.
SAMPLE_BYTES = 64 * 1024

# C0 control bytes other than tab, LF, FF and CR, and DEL: never in text.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


def utf16_by_nuls(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit mostly at odd/even offsets.

    Chinese text in UTF-16 without a BOM still has NULs: every newline, digit
    and ASCII punctuation mark is ``xx 00`` (LE) or ``00 xx`` (BE). A report
    always has newlines, so this is reliable where a BOM is missing.
    """
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    total = even + odd
    if total < 2:
        return None
    # Some CJK characters have a zero low byte too (一 is U+4E00), so the
    # pattern is a clear majority, not all of them.
    if odd >= 3 * even:
        return "utf-16-le"
    if even >= 3 * odd:
        return "utf-16-be"
    return None


def looks_binary(sample: bytes) -> bool:
    """True for bytes that cannot be text in any encoding we read: NULs that do
    not follow the UTF-16 pattern, or many C0 control bytes (random data has
    about 12%; text has none)."""
    if not sample or any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in sample:
        # UTF-16 text is full of C0 bytes (the low bytes of CJK characters);
        # random bytes may show the NUL pattern by chance but do not decode.
        wide = utf16_by_nuls(sample)
        if wide is None:
            return True
        try:
            sample[: len(sample) // 2 * 2 - 2].decode(wide)
        except UnicodeDecodeError:
            return True
        return False
    controls = sum(sample.count(bytes([b])) for b in _CONTROL_BYTES)
    return controls > 0.02 * len(sample)


def _gb2312_share(text: str) -> float:
    """Share of non-ASCII characters that are in GB2312 (common simplified
    Chinese). Real GBK/GB18030 text scores near 1; bytes of another encoding
    that happen to decode as GB18030 land on rare characters and score low."""
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return 1.0
    ok = 0
    for c in non_ascii:
        try:
            c.encode("gb2312")
            ok += 1
        except UnicodeEncodeError:
            pass
    return ok / len(non_ascii)


_ERRORS = threading.local()


def _count_error(exc: UnicodeDecodeError):
    _ERRORS.count += 1
    return "\ufffd", exc.end


codecs.register_error("lawgov_count", _count_error)


def _lenient(data: bytes, codec: str, per_mille: int = 1) -> str | None:
    """Decode with a handful of broken bytes (a file cut mid-character, a
    bad byte in a scrape) replaced by U+FFFD, instead of giving up on the
    whole report or, worse, reading UTF-8 as GB18030 mojibake. More than
    ``per_mille`` errors per thousand bytes means the codec is wrong: ``None``
    (Chinese text in the wrong codec fails on most characters).
    """
    _ERRORS.count = 0
    text = data.decode(codec, "lawgov_count")
    return text if _ERRORS.count <= max(1, len(data) * per_mille // 1000) else None


def decode_bytes(data: bytes, path: str, *, declared: str | None = None, fmt: str = "text") -> tuple[str, str]:
    """Decode ``data`` to ``(text, encoding)``: detected, never assumed.

    Order, each step with strict decoding:

    1. a byte-order mark (UTF-8, UTF-16, UTF-32);
    2. UTF-8 (strict UTF-8 practically never accepts bytes of another
       encoding, so it wins even over a page that declares gb2312 and is
       served as UTF-8, a common mismatch);
    3. an encoding the file declares (HTML ``<meta charset>``), if it decodes;
    4. UTF-8 with a few broken bytes (a file cut mid-character);
       then UTF-16 LE/BE, told by where the NUL bytes sit;
    5. binary junk -> :class:`BinaryFileError`;
    6. GB18030 (a superset of GB2312 and GBK; a few broken bytes allowed),
       accepted when the decoded characters are plausible simplified Chinese.

    This fixed order was preferred over charset-normalizer: the encodings of
    Chinese government texts are a known short list, every step is exact
    rather than a statistical guess (a guesser can pick Big5 or CP949 on short
    inputs), and it needs no extra dependency. charset-normalizer agreed with
    it on every seed in UTF-8, GBK, GB18030 and UTF-16 LE/BE.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    tried = ["utf-8"]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        name = _codec_name(declared)
        if name and name not in ("utf-8", "utf-16", "utf-32"):
            if name in ("gb2312", "gbk"):
                name = "gb18030"  # pages that say gb2312 routinely use GBK characters
            tried.append(name)
            try:
                return data.decode(name), name
            except (UnicodeDecodeError, LookupError):
                pass
    text = _lenient(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    sample = data[:SAMPLE_BYTES]
    wide = utf16_by_nuls(sample)
    if wide:
        tried.append(wide)
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError:
            pass
    if looks_binary(sample):
        raise BinaryFileError(Errors.E010.format(path=path, fmt=fmt), path)
    tried.append("gb18030")
    text = _lenient(data, "gb18030", per_mille=10)
    if text is not None and _gb2312_share(text[:20000]) >= 0.5:
        return text, "gb18030"
    raise DecodingError(Errors.E007.format(path=path, tried=", ".join(tried)), path)


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip().strip("'\"").lower()).name
    except LookupError:
        return None


# --------------------------------------------------------------------------
# Lines
# --------------------------------------------------------------------------

_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019"
_NUMISH = r"0-9%."
# Layout spaces between Chinese characters (justified PDF text, &nbsp; padding,
# "受理 1818 件"): never meaningful in Chinese, and they split number from unit.
_CJK_SPACE = re.compile(
    rf"(?<=[{_CJK}])[ \t\u00a0\u3000\u2002-\u200a]+(?=[{_CJK}{_NUMISH}])"
    rf"|(?<=[{_CJK}{_NUMISH}])[ \t\u00a0\u3000\u2002-\u200a]+(?=[{_CJK}])"
)
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200a]+")


def clean_line(line: str) -> str:
    """One line of layout text, tidied: invisible characters dropped, runs of
    spaces squeezed, spaces next to Chinese characters removed, ends stripped
    (including the full-width indent)."""
    line = _INVISIBLE.sub("", line)
    line = _CJK_SPACE.sub("", line)
    line = _SPACES.sub(" ", line)
    return line.strip(" \t\u3000\u00a0\r\f\v")


def finish_lines(lines) -> str:
    """Clean lines, drop empty ones, join with ``\\n``."""
    out = []
    for line in lines:
        for part in str(line).splitlines():
            part = clean_line(part)
            if part:
                out.append(part)
    return "\n".join(out)


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` to ``\\n``, as ``open()`` in text mode does."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------
# Headings and sentence ends
# --------------------------------------------------------------------------

def _heading_marker_pattern() -> re.Pattern:
    """Heading markers (一、 （一） 1. （1） 第一部分 …), taken from the
    sections component's data so readers and outline agree on what a heading is."""
    try:
        data = json.loads(resources.files("lawgov_nlp.data").joinpath("headings.json").read_text("utf-8"))
        alternatives = [m["pattern"] for m in data["markers"]]
    except (OSError, KeyError, TypeError, ValueError):
        alternatives = [r"[一二三四五六七八九十]{1,3}[、．.]", r"[（(][一二三四五六七八九十0-9]{1,3}[）)]",
                        r"[0-9]{1,2}[．.、](?![0-9])", r"第[一二三四五六七八九十百]+(?:部分|章|节)"]
    alternatives.append(r"[①-⑳]")
    return re.compile(r"^\s*(?:" + "|".join(alternatives) + ")")


HEADING_MARKER = _heading_marker_pattern()

#: Characters that end a sentence or a clause a line may stop on.
SENTENCE_END = "。！？!?；;：:…"
_CLOSERS = "”’」』）)》〉】"


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends with sentence punctuation (closing quotes and
    brackets after it allowed)."""
    stripped = line.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in SENTENCE_END


def is_heading_line(line: str, max_chars: int = 40) -> bool:
    """A short numbered line with no sentence end inside: 一、… （二）… 1.…"""
    line = line.strip()
    if not line or len(line) > max_chars or not HEADING_MARKER.match(line):
        return False
    return not any(ch in line[:-1] for ch in "。！？")


# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

_NUM_END = re.compile(r"[0-9０-９][万亿千]?$")
_NUM_START = re.compile(r"^[0-9０-９]")
_QUANTITY_END = re.compile(r"[0-9０-９][^0-9０-９]{0,4}$")  # 44, 44件, 15.7万元: a cell that already is a quantity
_PURE_NUMBER = re.compile(r"^[0-9０-９][0-9０-９,，.．]*$")
_SERIAL = re.compile(r"^[0-9]{1,3}[.、．]?$")
_CLAUSE_END = "，。；：、！？,;:"
_HEADER_UNIT = re.compile(r"[（(](?:单位[:：])?([^（）()0-9]{1,4})[)）]\s*$")
_ROW_SEP = "，"
#: A column of changes (同比（%）, 比上年增减（%）, 增幅(%)): its header without the unit.
_CHANGE_HEADER = re.compile(r"^(?P<base>.*?(?:同比|环比|比上年|较上年|比去年|较去年|比上年同期|较上年同期)?)"
                            r"(?P<word>增长率?|增加|增减|增幅|降幅|上升|下降|减少|变化|变动)?$")
_CHANGE_REFERENCE = re.compile(r"同比|环比|比上年|较上年|比去年|较去年|增长|增加|增减|增幅|降幅|上升|下降|减少|变化|变动")
_SIGNED_NUMBER = re.compile(r"^(?P<sign>[-−－+＋])?\s*(?P<number>[0-9０-９][0-9０-９,，.．]*)$")


def _unit_like(cell: str) -> bool:
    """A short cell without digits or clause punctuation: 件, 万元, 人次, %."""
    return 0 < len(cell) <= 4 and not any(ch.isdigit() for ch in cell) and not any(ch in _CLAUSE_END for ch in cell)


def join_cells(cells: list[str]) -> str:
    """One table row as one line, so the extractor sees number and unit together.

    Rule: a label cell followed by a number cell, and a number cell followed by
    a short unit cell, are glued with nothing (行政处罚案件 | 44 | 件 ->
    行政处罚案件44件); every other boundary gets a full-width comma, so two
    quantities never merge (44 | 52 -> 44，52; 44件 | 15.7万元 -> 44件，15.7万元)
    and the row still reads as one clause. A leading serial number (1 | 行政处罚案件 | …) is kept apart with
    "、" so it is not read as a count of the next cell.
    """
    cells = [c for c in (" ".join(x.split()) for x in cells) if c]
    if not cells:
        return ""
    out = cells[0]
    prev = cells[0]
    for i, cell in enumerate(cells[1:], start=1):
        if i == 1 and len(cells) > 2 and _SERIAL.match(prev):
            sep = "" if prev[-1] in "、.．" else "、"
        elif prev[-1] in _CLAUSE_END:
            sep = ""
        elif _NUM_END.search(prev) and _unit_like(cell):
            sep = ""
        elif _NUM_START.match(cell) and not _QUANTITY_END.search(prev):
            sep = ""
        else:
            sep = _ROW_SEP
        out += sep + cell
        prev = cell
    return out


def _change_base(header: str) -> str:
    """The words of a change column's header that say against what (同比, 比上年), without the unit."""
    header = _HEADER_UNIT.sub("", " ".join(header.split())).strip()
    m = _CHANGE_HEADER.match(header)
    return (m.group("base") if m else header).strip()


def _change_cell(base: str, m: re.Match, unit: str) -> str:
    """A cell of a change column as the clause a report would write: 18.9 under
    同比（%） -> 同比增长18.9%, -3.2 -> 同比-3.2% (the sign kept: a decrease)."""
    number = m.group("number")
    if m.group("sign") in ("-", "−", "－"):
        return f"{base}-{number}{unit}"
    return f"{base}增长{number}{unit}"


def table_lines(rows: list[list[str]]) -> list[str]:
    """A table (rows of cell texts) as lines, one per row.

    A header row that gives a column's unit (数量（件）, 金额(万元)) lends it to
    bare numbers below, so 行政处罚案件 | 44 under 数量（件） reads 行政处罚案件44件.
    A one-cell row (tables used for page layout) keeps its own line breaks.
    """
    lines: list[str] = []
    units: dict[int, str] = {}
    changes: dict[int, str] = {}
    for r, row in enumerate(rows):
        if len(row) == 1:
            lines.extend(row[0].splitlines())
            continue
        if r == 0:
            found = {i: m.group(1) for i, c in enumerate(row) if (m := _HEADER_UNIT.search(c.strip()))}
            if found and not any(_PURE_NUMBER.match(c.strip()) for c in row):
                units = found
                changes = {i: _change_base(row[i]) for i, unit in found.items()
                           if unit in ("%", "％", "百分点") and _CHANGE_REFERENCE.search(row[i])}
        cells = []
        for i, cell in enumerate(row):
            cell = " ".join(cell.split())
            if i in changes and (m := _SIGNED_NUMBER.match(cell)):
                cell = _change_cell(changes[i], m, units[i])
            elif i in units and _PURE_NUMBER.match(cell):
                cell += units[i]
            cells.append(cell)
        line = join_cells(cells)
        if line:
            lines.append(line)
    return lines
