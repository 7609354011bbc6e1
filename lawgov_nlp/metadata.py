"""Report metadata: title, issuing body (org) and the year reported on.

Reports follow one layout: a title in the first lines (often broken over two:
"X局关于2024年度" / "法治政府建设情况的报告"), an opening that names the year
("2024年，在县委…" / "现将我局2024年法治政府建设情况报告如下"), and a
signature block at the end (the body's name over the publication date). The
patterns and the list of org suffixes (局, 委员会, 人民政府, 办公室 …) live in
``data/metadata_patterns.json`` so new layouts are a data change.

The year is the year *reported on*: the title's year, else the opening's;
the publication date at the end is used only as a last resort, and only where
the publication rules make the answer unambiguous (see the data file).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from .readers._common import HEADING_MARKER, clean_line

__all__ = ["report_metadata", "clean_title_hint"]

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SENTENCE_PUNCT = "。；;！!？?，,"
_GENERIC_TITLES = {"untitled", "无标题", "document", "文档", "title", "标题", "word", "pdf", "none", "null"}


@lru_cache(maxsize=1)
def _patterns() -> dict:
    data = json.loads(resources.files("lawgov_nlp.data").joinpath("metadata_patterns.json").read_text("utf-8"))
    suffixes = sorted(set(data["org_suffixes"]), key=len, reverse=True)
    date = data["date_pattern"]
    return {
        "data": data,
        "org_suffix": re.compile("(?:" + "|".join(map(re.escape, suffixes)) + ")$"),
        "title_org": [re.compile(p) for p in data["title_org_patterns"]],
        "org_noise": re.compile(data["org_leading_noise"]),
        "noise": [re.compile(p) for p in data["title_noise_lines"]],
        "date_line": re.compile(r"^(?P<org>.*?)[\s,，]*" + date + r"[\s。.]*$"),
        "year": re.compile(
            r"(?<![\d—–\-~～至到])(?P<y>(?:19|20)\d{2}|二[〇零○][一二三四五六七八九〇零○]{2})\s*年(?!\s*\d{1,2}\s*月)"),
        "context": re.compile("|".join(map(re.escape, data["year_context_words"]))),
    }


def _to_year(text: str) -> int | None:
    text = text.strip()
    if text.isdigit():
        year = int(text)
    elif all(ch in _CN_DIGITS for ch in text):
        year = int("".join(str(_CN_DIGITS[ch]) for ch in text))
    else:
        return None
    return year if 1949 <= year <= 2100 else None


def _cn_month(text: str) -> int | None:
    text = text.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isdigit():
        return int(text)
    table = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
             "十一": 11, "十二": 12}
    return table.get(text)


def clean_title_hint(hint: str | None) -> str | None:
    """A reader's title hint without tool noise ("Microsoft Word - x.docx"),
    or ``None`` when it is a placeholder ("untitled")."""
    if not hint:
        return None
    hint = " ".join(str(hint).split())
    hint = re.sub(r"^(?:Microsoft\s+(?:Word|PowerPoint)\s*-\s*)", "", hint, flags=re.I)
    hint = re.sub(r"\.(?:docx?|pdf|wps|txt|html?)$", "", hint, flags=re.I)
    hint = clean_line(hint)
    if not hint or hint.lower() in _GENERIC_TITLES or len(hint) > 120 or not re.search(r"[\u4e00-\u9fff]", hint):
        return None
    return hint


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines()]


def _is_noise(line: str) -> bool:
    return any(p.search(line) for p in _patterns()["noise"])


def _title_from_text(lines: list[str]) -> tuple[str | None, int]:
    """The title from the first heading-like lines, and the index of the
    first line after it (where the opening starts)."""
    data = _patterns()["data"]
    i, n = 0, len(lines)
    while i < n and (not lines[i] or _is_noise(lines[i])):
        i += 1
    parts: list[str] = []
    start = i
    while i < n and len(parts) < data["max_title_lines"]:
        line = lines[i]
        if not line:
            if parts:
                break
            i += 1
            continue
        heading_like = (
            len(line) <= data["max_title_line_chars"]
            and not any(ch in line for ch in _SENTENCE_PUNCT)
            and not HEADING_MARKER.match(line)
            and not _patterns()["date_line"].match(line)
            and not _is_noise(line)
        )
        if not heading_like:
            break
        parts.append(line)
        i += 1
    title = ""
    for part in parts:  # a title broken over lines is one title; keep a space only between Latin words
        if title[-1:].isascii() and title[-1:].isalnum() and part[:1].isascii() and part[:1].isalnum():
            title += " "
        title += part
    if title and any(word in title for word in data["report_title_words"]):
        return title, i
    return None, start


def _org_ok(org: str) -> bool:
    data = _patterns()["data"]
    return (
        1 < len(org) <= data["max_org_chars"]
        and not any(ch in org for ch in _SENTENCE_PUNCT + "。：:")
        and bool(_patterns()["org_suffix"].search(org))
    )


def _org_from_title(title: str | None) -> str | None:
    if not title:
        return None
    pats = _patterns()
    for pattern in pats["title_org"]:
        match = pattern.search(title)
        if not match:
            continue
        org = match.group("org").strip(" 　“”\"'《》")
        org = pats["org_noise"].sub("", org).strip(" 　")
        pieces = org.split()
        if len(pieces) > 1 and all(_org_ok(piece) for piece in pieces):
            org = "、".join(pieces)  # joint report: 中共X县委 X县人民政府关于…
        elif re.search(r"[\u4e00-\u9fff]", org):
            org = "".join(pieces)
        if _org_ok(org):
            return org
    return None


def _signature(lines: list[str]) -> tuple[str | None, tuple[int, int] | None]:
    """Org and (year, month) of the signature block at the end, if any."""
    pats = _patterns()
    tail = [line for line in lines if line][-pats["data"]["signature_lines"]:]
    for idx in range(len(tail) - 1, -1, -1):
        match = pats["date_line"].match(tail[idx])
        if not match:
            continue
        year = _to_year(match.group("y") or match.group("y2") or "")
        month = _cn_month(match.group("m") or match.group("m2") or "")
        orgs: list[str] = []
        same_line = re.sub(r"\s+", "", match.group("org") or "")
        if same_line:
            if _org_ok(same_line):
                orgs.append(same_line)
        else:
            j = idx - 1
            while j >= 0 and len(orgs) < 3:
                candidate = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", tail[j])
                if not _org_ok(candidate):
                    break
                orgs.insert(0, candidate)
                j -= 1
        return ("、".join(orgs) or None), ((year, month) if year else None)
    return None, None


def _year_from_title(title: str | None) -> int | None:
    if not title:
        return None
    for match in _patterns()["year"].finditer(title):
        year = _to_year(match.group("y"))
        if year:
            return year
    return None


def _year_from_opening(opening: str) -> int | None:
    """Best year in the opening: one followed closely by 法治政府建设/依法行政…
    beats one that starts a sentence (2024年，…); years inside 《…》 titles
    and ranges (2021—2025年) are skipped."""
    pats = _patterns()
    window = pats["data"]["year_context_window"]
    best: tuple[int, int] | None = None  # (-score, position)
    result = None
    for match in pats["year"].finditer(opening):
        before = opening[:match.start()]
        if before.count("《") > before.count("》"):
            continue
        year = _to_year(match.group("y"))
        if not year:
            continue
        after = opening[match.end():match.end() + window]
        context = pats["context"].search(after)
        if context and not any(ch in after[:context.start()] for ch in "。；;"):
            score = 3
        elif (match.start() == 0 or before[-1:] in "\n。；;！？:：") and opening[match.end():match.end() + 1] in (
                "，", ",", "度", "以", "是", "上", "全", "我"):
            score = 2
        else:
            continue
        key = (-score, match.start())
        if best is None or key < best:
            best, result = key, year
    return result


def report_metadata(text: str, title_hint: str | None = None) -> dict:
    """``{"title", "org", "year"}`` of a report's text; each may be ``None``.

    ``title_hint`` is a title known from outside the text (a web page's
    ``<h1>``, a file's properties); it is used when the text has no title
    of its own at the top.
    """
    pats = _patterns()
    lines = _lines(text or "")
    title, body_start = _title_from_text(lines)
    hint = clean_title_hint(title_hint)
    if title is None:
        title = hint
    org = _org_from_title(title) or _org_from_title(hint)
    sig_org, pub = _signature(lines)
    org = org or sig_org
    year = _year_from_title(title) or _year_from_title(hint)
    if year is None:
        opening = "\n".join(line for line in lines[body_start:] if line)[: pats["data"]["opening_chars"]]
        year = _year_from_opening(opening)
    if year is None and pub is not None:
        rule = pats["data"]["publication_year_fallback"]
        pub_year, month = pub
        if month in rule["previous_year_months"]:
            year = pub_year - 1
        elif month in rule["same_year_months"]:
            year = pub_year
    return {"title": title, "org": org, "year": year}
