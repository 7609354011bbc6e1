"""Government web pages (.html): the article body, not the site around it.

lxml parses the page; the body is found in two steps, the way readability
does it:

1. a known article container of the content-management systems Chinese
   government sites run on (TRS ``TRS_Editor``/``TRS_UEDITOR``, ``zoom``,
   ``pages_content``, ``article``, ``content`` …), when one holds enough text
   with few links;
2. otherwise a score: every paragraph-like block gives its parent points for
   its length and Chinese commas, half to the grandparent; a block's score is
   cut by its link density (menus, related links and footers are mostly
   links) and moved by class/id words (``content``/``article`` up,
   ``nav``/``footer``/``related`` down).

Scripts, styles, forms, ``nav``/``header``/``footer``/``aside`` and elements
whose class/id says navigation, sharing, related links or copyright are
removed first. Tables inside the body become one line per row, with the same
joining rule as .docx tables.

Old sites lay the whole page out with ``<table>``: a sidebar of news links in
one cell, the article in the next. A *layout* table (a nested table, a cell
with blocks or line breaks, a cell of long running text, or a cell that is a
list of links) is told from a *data* table: its cells are blocks, not rows of
values. The article cell is scored as a container of its own (not through its
row, which holds the sidebar too), and a cell that is a list of links is left
out of the text.

trafilatura was compared on the same pages (see the README): it found the
same body but is several times slower, pulls in a dozen packages (dateparser,
babel, courlan, …) and flattened the table rows; so lxml it is.
"""
from __future__ import annotations

import re

from ..errors import CorruptFileError, Errors
from ._common import ReadResult, clean_line, decode_bytes, finish_lines, table_lines

SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")

#: Article containers of common government CMSs (id or class, matched exactly, case-insensitive).
KNOWN_CONTAINERS = (
    "trs_editor", "trs_ueditor", "trs_autoadd", "trs_paper_default", "zoom", "fontzoom", "pages_content",
    "article-content", "article_content", "articlecontent", "news_content", "newscontent", "art_con",
    "article", "content", "con_text", "contenttext", "detail", "detail-content", "main-text", "wzcon",
    "xxgk_content", "custom_unionstyle", "view", "bt_content", "info_content", "zw", "zwnr", "nr",
)
_NEGATIVE = re.compile(
    r"nav|menu|footer|foot|header|head(?!line)|breadcrumb|crumb|share|fenxiang|related|relate|xglj|xgxx|"
    r"sidebar|side|aside|copyright|banner|toolbar|tool|search|login|friend|link|bottom|topbar|pager|"
    r"pagination|comment|print|dayin|guanbi|close|qrcode|ewm|advert|\bad\b|popup|skip|wza",
    re.I,
)
_POSITIVE = re.compile(r"article|content|main|text|body|detail|trs|zoom|zw|news|info|view|con\b", re.I)
_DROP_TAGS = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form", "button",
              "select", "input", "textarea", "svg", "template", "object", "embed", "link", "meta", "map")
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section",
          "article", "main", "blockquote", "pre", "center", "tr", "address", "figure", "figcaption", "hr",
          "body", "html", "td", "th", "caption"}
_PARAGRAPHISH = ("p", "pre", "td", "blockquote", "li", "h2", "h3", "h4", "dd")
_BOILERPLATE_LINE = re.compile(
    r"^(?:(?:【[^】]{0,8}】\s*)+|(?:\[[^\]]{0,8}\]\s*)+|字号[:：]?\s*[大中小\s]*|分享到[:：]?.*|"
    r"(?:打印本页|关闭窗口|返回顶部|上一篇[:：].*|下一篇[:：].*)(?:\s+.*)?)$"
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜| - | — |－)\s*")


def read(data: bytes, path: str) -> ReadResult:
    import lxml.html
    from lxml import etree

    match = _META_CHARSET.search(data[:8192])
    declared = match.group(1).decode("ascii", "ignore") if match else None
    markup, encoding = decode_bytes(data, path, declared=declared, fmt="HTML")
    markup = _XML_DECL.sub("", markup.lstrip("\ufeff"))
    if not markup.strip():
        return ReadResult("", None, path, "html", encoding)
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise CorruptFileError(Errors.E008.format(path=path, fmt="HTML", reason=str(exc)[:200]), path) from exc
    title = _title(root)
    _strip_boilerplate(root)
    body = _container(root)
    lines = [line for line in _lines(body) if not _BOILERPLATE_LINE.match(clean_line(line))]
    return ReadResult(finish_lines(lines), title, path, "html", encoding)


def _attrs(el) -> str:
    return f"{el.get('id') or ''} {el.get('class') or ''}"


def _title(root) -> str | None:
    """The article title: CMS meta tags (ArticleTitle), ``og:title``, a
    heading the page ``<title>`` repeats, the first part of ``<title>``
    (before ``_``/``|``, the site name), the first ``<h1>``."""
    for name in ("ArticleTitle", "articletitle"):
        for meta in root.xpath(f'//meta[@name="{name}"]/@content'):
            if meta.strip():
                return " ".join(meta.split())
    for meta in root.xpath('//meta[@property="og:title"]/@content'):
        if meta.strip():
            return " ".join(meta.split())
    titles = root.xpath("//title")
    page_title = " ".join(titles[0].text_content().split()) if titles else ""
    headings = [" ".join(h.text_content().split()) for h in root.iter("h1", "h2")]
    repeated = [h for h in headings if len(h) >= 6 and h in page_title]
    if repeated:
        return max(repeated, key=len)  # the site name is repeated too, and shorter
    first = next((p for p in _TITLE_SPLIT.split(page_title) if p), "")
    if len(first) >= 6:
        return first
    return next((h for h in headings if len(h) >= 6), None)


def _strip_boilerplate(root) -> None:
    """Remove what is never article text (see the module docstring)."""
    from lxml import etree

    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in list(root.iter(*_DROP_TAGS)):
        _drop(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        style = (el.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style or el.get("hidden") is not None:
            _drop(el)
            continue
        attrs = _attrs(el)
        if attrs.strip() and _NEGATIVE.search(attrs) and not _POSITIVE.search(attrs):
            _drop(el)


def _drop(el) -> None:
    """Remove ``el`` but keep its tail text (it belongs to the parent)."""
    if el.getparent() is not None:
        el.drop_tree()


def _text_len(el) -> int:
    return len("".join(el.text_content().split()))


def _link_density(el) -> float:
    total = _text_len(el)
    if not total:
        return 1.0
    links = sum(_text_len(a) for a in el.iter("a"))
    return min(1.0, links / total)


_LAYOUT_BLOCKS = ("table", "p", "div", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "center", "form")


def _cells(table) -> list:
    return table.xpath("./tr/td|./tr/th|./thead/tr/td|./thead/tr/th|./tbody/tr/td|./tbody/tr/th|./tfoot/tr/td")


def _is_layout_table(table) -> bool:
    """A table used for page layout, not data (see the module docstring): a
    nested table, a cell of long text, a cell of several lines or blocks of
    text, or a cell that is a list of links."""
    cached = table.get("data-lawgov-layout")
    if cached is not None:
        return cached == "1"
    layout = False
    for cell in _cells(table):
        length = _text_len(cell)
        # (a cell with a <p> or two of short text is still data: Word's HTML wraps every cell in <p>)
        breaks = sum(1 for c in cell.iter("br", *_LAYOUT_BLOCKS) if c is not cell)
        if (next(cell.iter("table"), cell) is not cell or length > 150 or _is_link_list(cell)
                or (breaks >= 3 and length > 60)):
            layout = True
            break
    table.set("data-lawgov-layout", "1" if layout else "0")
    return layout


def _is_link_list(el) -> bool:
    """A block that is mostly links, several of them: a menu, a sidebar of news."""
    return sum(1 for _ in el.iter("a")) >= 2 and _link_density(el) > 0.5


def _layout_table_of(cell):
    parent = cell.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent if parent is not None and _is_layout_table(parent) else None


def _container(root):
    """The element holding the article (see the module docstring)."""
    body = root.find("body")
    body = body if body is not None else root
    known = []
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        names = {n.lower() for n in (el.get("id") or "").split() + (el.get("class") or "").split()}
        if names & set(KNOWN_CONTAINERS):
            length = _text_len(el)
            if length >= 50 and _link_density(el) < 0.3:
                known.append((length, el))
    if known:
        # The innermost container that still holds most of the text: an outer
        # "content" div often wraps the TRS_Editor one plus the page furniture.
        best_len = max(n for n, _ in known)
        inner = [el for n, el in known if n >= 0.8 * best_len]
        return min(inner, key=_text_len)

    scores: dict = {}
    for el in body.iter(*_PARAGRAPHISH, "div"):
        if el.tag == "div" and any(isinstance(c.tag, str) and c.tag in _BLOCK for c in el):
            continue  # a div with blocks inside is a container, not a paragraph
        text = "".join(el.text_content().split())
        if len(text) < 20:
            continue
        points = 1 + text.count("，") + text.count("。") + text.count(",") + min(len(text) // 100, 3)
        if el.tag in ("td", "th") and _layout_table_of(el) is not None:
            # a cell of a layout table is a container: its row also holds the sidebar
            scores[el] = scores.get(el, 0.0) + points
            continue
        parent = el.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + points
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0.0) + points / 2
    if not scores:
        return body
    best, best_score = body, float("-inf")
    for el, score in scores.items():
        attrs = _attrs(el)
        score += 25 * bool(_POSITIVE.search(attrs)) - 25 * bool(_NEGATIVE.search(attrs))
        score *= 1 - _link_density(el)
        if score > best_score:
            best, best_score = el, score
    return best


def _lines(node) -> list[str]:
    """Text of ``node`` as lines: block elements and ``<br>`` break lines,
    tables become one line per row."""
    lines: list[str] = []
    buf: list[str] = []

    def flush():
        text = " ".join("".join(buf).split())
        if text:
            lines.append(text)
        buf.clear()

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:
            pass
        elif tag == "br":
            flush()
        elif tag == "table" and _is_layout_table(el):
            flush()
            for cell in _cells(el):  # each cell a block; a list of links (a sidebar) is no article text
                if not _is_link_list(cell):
                    lines.extend(_lines(cell))
        elif tag == "table":
            flush()
            rows = [[ "\n".join(_lines(cell)) for cell in tr.xpath("./td|./th")]
                    for tr in el.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")]
            lines.extend(table_lines([r for r in rows if r]))
        elif tag in _BLOCK:
            flush()
            buf.append(el.text or "")
            for child in el:
                walk(child)
            flush()
        else:
            buf.append(el.text or "")
            for child in el:
                walk(child)
        if el is not node:
            buf.append(el.tail or "")

    walk(node)
    flush()
    return lines
