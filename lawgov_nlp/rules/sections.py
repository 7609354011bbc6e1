"""Sentences and the heading outline of a report.

Reports number their headings (一、 （一） 1. （1） 第一部分 …) but the order of
styles varies between bodies, so a style's level is learnt per document: the
first style seen is level 1, a new style opens a deeper level, and a style seen
before closes everything below it (the way Markdown outlines work). Headings
often sit inline at the start of a paragraph ("1.聘任法律顾问，加强法治建设。为…"),
so the heading text runs to the first sentence end, not the line end.

Numbered paragraphs (1. 2. …, （1）…) are also how reports write lists of
facts ("1.全年受理案件57件。" "2.办结55件。" …): one is a heading only when it
is short, holds no number but a year, and is followed by its body; a run of
numbered paragraphs in which one fails this is a list, and none of it is a
heading (``about_numbered`` in headings.json).

Sentences are bounded: a "sentence" of thousands of characters (a PDF whose
。 were lost, a statistical annex flattened into one line, a table pasted as
项目12件项目15件…) is cut into pieces of at most :data:`MAX_SENTENCE_CHARS`
before anything downstream sees it (see :func:`bound_sentence`). The
attachment rules look left and right of each mention within its sentence, so
an unbounded sentence makes their cost grow with the square of its mentions
(2,000 label-number pairs in one line took 20 s); bounded, the cost of the
whole pipeline is linear in the input.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicons import load_json

#: The longest sentence (in characters) the later stages see. Report sentences
#: run to about 200 characters (the longest in the seeds and the annotated
#: report sets: 211); a longer one is cut (:func:`bound_sentence`). Twice the
#: longest real sentence keeps ordinary text whole while bounding the
#: per-sentence work of the attachment rules.
MAX_SENTENCE_CHARS = 400
#: Inside an over-long sentence, a stretch with no clause break (a flattened
#: table 项目12件项目15件…, text that lost all its punctuation) is cut at most
#: this many characters apart, at the end of a mention: such a stretch is one
#: clause for the attachment rules, whose work per mention grows with it.
MAX_RUN_CHARS = 160

# Where an over-long sentence is cut, in order of preference (the cut falls
# right after the match): a clause break (a comma or colon between two digits
# is a thousands separator or a time, not a break), then the list comma 、.
_CLAUSE_CUT = regex.compile(r"[；;]|[,，:：](?![0-9０-９])|(?<![0-9０-９])[,，:：]", flags=regex.REVERSE)
_LIST_CUT = regex.compile(r"、", flags=regex.REVERSE)


@dataclass(frozen=True)
class Heading:
    start: int
    end: int
    style: str
    text: str
    #: a top-level division (附件, 附表): closes every open section
    resets: bool = False


class Outline:
    """Sentences and headings of one text, with lookups by character offset."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], headings: list[Heading],
                 initial_stack: list[tuple[str, str]] | None = None):
        self.text = text
        self.sentences = sentences
        self._sent_starts = [s for s, _ in sentences]
        self.headings = headings
        self._paths: list[str] = []
        self._heading_starts: list[int] = []
        stack: list[tuple[str, str]] = list(initial_stack or [])
        self._initial_path = " > ".join(t for _, t in stack)
        for h in headings:
            styles = [s for s, _ in stack]
            if h.resets:
                stack.clear()
            elif h.style in styles:
                del stack[styles.index(h.style):]
            stack.append((h.style, h.text))
            self._heading_starts.append(h.start)
            self._paths.append(" > ".join(t for _, t in stack))
        self.final_stack = stack

    def to_data(self) -> dict:
        """A msgpack-safe form (plain lists) for ``doc.user_data``."""
        return {
            "sentences": [list(s) for s in self.sentences],
            "heading_starts": list(self._heading_starts),
            "paths": list(self._paths),
            "initial_path": self._initial_path,
        }

    @classmethod
    def from_data(cls, text: str, data: dict) -> "Outline":
        self = cls.__new__(cls)
        self.text = text
        self.sentences = [tuple(s) for s in data["sentences"]]
        self._sent_starts = [s for s, _ in self.sentences]
        self.headings = []
        self._heading_starts = list(data["heading_starts"])
        self._paths = list(data["paths"])
        self._initial_path = data.get("initial_path", "")
        self.final_stack = []
        return self

    def sentence_at(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sent_starts, offset) - 1
        if i < 0:
            return (0, 0)
        return self.sentences[i]

    def section_at(self, offset: int) -> str:
        i = bisect.bisect_right(self._heading_starts, offset) - 1
        return self._paths[i] if i >= 0 else self._initial_path


@lru_cache(maxsize=8)
def _compiled(path: str = "headings.json"):
    data = load_json(path)
    markers = "|".join(f"(?P<{m['style']}>{m['pattern']})" for m in data["markers"])
    # A heading starts a paragraph, or follows a sentence end inside one.
    start = regex.compile(
        rf"(?:(?<=\A)|(?<=\n)|(?<=[。！？!?]))(?P<noise>{data['leading_noise']})(?:{markers})"
    )
    end = regex.compile(data["heading_end"])
    sent_end = regex.compile(data["sentence_end"])
    resets = frozenset(m["style"] for m in data["markers"] if m.get("resets"))
    numbered = (frozenset(data.get("numbered_styles", ())),
                int(data.get("max_numbered_heading_chars", data["max_heading_chars"])))
    return start, end, sent_end, int(data["max_heading_chars"]), resets, numbered


def find_sentences(text: str, path: str = "headings.json",
                   max_chars: int | None = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Sentence spans (start, end), leading/trailing whitespace excluded, none
    longer than ``max_chars`` (``None``: unbounded; see :func:`bound_sentence`)."""
    sent_end = _compiled(path)[2]
    spans = []
    pos = 0
    for m in sent_end.finditer(text):
        _append_bounded(text, pos, m.end(), spans, max_chars)
        pos = m.end()
    _append_bounded(text, pos, len(text), spans, max_chars)
    return spans


def _append_bounded(text: str, start: int, end: int, out: list, max_chars: int | None) -> None:
    if max_chars is None or end - start <= max_chars:
        _append_stripped(text, start, end, out)
        return
    for a, b in bound_sentence(text, start, end, max_chars):
        _append_stripped(text, a, b, out)


def bound_sentence(text: str, start: int, end: int, max_chars: int = MAX_SENTENCE_CHARS,
                   max_run: int = MAX_RUN_CHARS) -> list[tuple[int, int]]:
    """``text[start:end]`` as consecutive pieces of at most ``max_chars``
    characters.

    Each piece ends at the last good cut of its window (never in the first
    ``max_run // 2`` characters, so pieces are not tiny), in this order of
    preference:

    1. right after a clause break (，；： — not a comma between digits) in the
       window of ``max_chars``;
    2. right after a list comma 、 there;
    3. with neither, in a window of ``max_run`` characters: right after a
       quantity with a unit (the end of a mention: a flattened table line
       项目12件项目15件… is cut between one number and the next label, so
       each number keeps its label);
    4. anywhere outside a numeral+unit match;
    5. at ``max_run`` (only inside a numeral longer than half of it).

    Steps 3-4 use the raw matches of the quantity grammar's pattern (the
    default lexicon), computed once for the sentence, so a cut never falls
    inside a mention and the cost stays linear. Line breaks and 。！？ are
    sentence ends already (:func:`find_sentences`)."""
    max_chars = max(2, int(max_chars))
    max_run = max(2, min(int(max_run), max_chars))
    pieces = []
    spans = None  # raw quantity matches in the sentence, found on first need
    pos = start
    while end - pos > max_chars:
        lo, hi = pos + max_run // 2, pos + max_chars
        m = _CLAUSE_CUT.search(text, lo, hi) or _LIST_CUT.search(text, lo, hi)
        if m is not None:
            cut = m.end()
        else:
            if spans is None:
                spans = _quantity_spans(text, start, end)
            cut = _mention_safe_cut(spans, pos + max_run // 2, pos + max_run)
        pieces.append((pos, cut))
        pos = cut
    pieces.append((pos, end))
    return pieces


def _quantity_spans(text: str, start: int, end: int):
    """``(starts, ends, unit_ends)`` of the quantity pattern's matches in
    ``text[start:end]``: sorted lists, searched with bisect."""
    from .quantity_grammar import default_grammar

    starts, ends, unit_ends = [], [], []
    for m in default_grammar().pattern.finditer(text, start, end):
        if m.end() > m.start():
            starts.append(m.start())
            ends.append(m.end())
            if m.group("unit") is not None:
                unit_ends.append(m.end())
    return starts, ends, unit_ends


def _mention_safe_cut(spans, lo: int, hi: int) -> int:
    starts, ends, unit_ends = spans
    i = bisect.bisect_right(unit_ends, hi) - 1
    if i >= 0 and unit_ends[i] >= lo:
        return unit_ends[i]  # right after the last mention that ends in the window
    # else the last position in the window no match covers (a match covers
    # [start, end]: its number, its unit and the place right after it)
    p = hi
    j = bisect.bisect_right(starts, p) - 1
    while p >= lo and j >= 0 and p <= ends[j]:
        p = starts[j] - 1  # before that match (matches do not overlap)
        j -= 1
    return p if p >= lo else hi


def _append_stripped(text: str, start: int, end: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


#: A number in a heading's text that is not a year (2024年, 2024年度): a list item's fact.
_QUANTITY_DIGIT = regex.compile(r"[0-9０-９]+(?![0-9０-９]*[年])")


def find_headings(text: str, path: str = "headings.json") -> list[Heading]:
    start_re, end_re, _, max_chars, resets, numbered = _compiled(path)
    headings = []
    lines = []  # (line start, line end, has body after the heading) of each heading, for numbered runs
    for m in start_re.finditer(text):
        h_start = m.end("noise")
        # The heading runs to the first end mark or the line end, and is refused past
        # max_chars: look no further than that (a text without line breaks would
        # otherwise be searched to its end once per heading marker).
        limit = min(len(text), h_start + max_chars + 1)
        line_end = text.find("\n", h_start, limit)
        if line_end == -1:
            line_end = limit
        e = end_re.search(text, m.end(), line_end)  # a marker may hold a colon (附件1：)
        if e is None and line_end == limit < len(text) and text[limit] != "\n":
            # the line goes on past the bound: a heading only if what follows is
            # whitespace up to an end mark or the line end (then stripped below)
            nxt = limit
            while nxt < len(text) and text[nxt] != "\n" and text[nxt].isspace():
                nxt += 1
            if nxt < len(text) and text[nxt] != "\n" and not end_re.match(text, nxt):
                continue
        h_end = e.start() if e else line_end
        while h_end > h_start and text[h_end - 1].isspace():
            h_end -= 1
        if h_end - h_start > max_chars or h_end <= m.end():
            continue
        style = next(name for name, value in m.groupdict().items() if value is not None and name != "noise")
        headings.append(Heading(h_start, h_end, style, text[h_start:h_end], style in resets))
        body = e is not None and bool(text[e.end():line_end].strip())
        # the heading's line start, looked up no further back than its bound (a text with
        # no line breaks and many "。1." would otherwise be scanned back once per marker)
        back = max(0, m.start() - max_chars)
        line_start = text.rfind("\n", back, h_start) + 1 or (0 if back == 0 else m.start())
        lines.append((line_start, line_end, body))
    if numbered[0]:
        headings = _numbered_paragraphs(text, headings, lines, *numbered)
    return headings


def _numbered_paragraphs(text: str, headings: list[Heading], lines: list[tuple], styles, max_chars: int):
    """Drop the numbered paragraphs that are list items, not headings (module docstring)."""
    keep = [True] * len(headings)
    ok = [True] * len(headings)
    for i, h in enumerate(headings):
        if h.style not in styles:
            continue
        label = h.text
        marker = regex.match(r"[（(]?[0-9０-９]{1,2}[）).．、]?", label)
        words = label[marker.end():] if marker else label
        if len(label) > max_chars or _QUANTITY_DIGIT.search(words):
            ok[i] = False
            continue
        _, line_end, body = lines[i]
        if body:
            continue
        # alone on its line (or its sentence ends the line): the next paragraph must be its body
        nxt = i + 1
        if nxt < len(headings) and headings[nxt].style == h.style and not text[line_end:headings[nxt].start].strip(" \t\u3000\r\n"):
            ok[i] = False
    # runs: numbered paragraphs of one style, each on the line after the one before
    i = 0
    while i < len(headings):
        if headings[i].style not in styles:
            i += 1
            continue
        j = i
        while (j + 1 < len(headings) and headings[j + 1].style == headings[i].style
               and lines[j + 1][0] > lines[j][0]
               and not text[lines[j][1]:lines[j + 1][0]].strip(" \t\u3000\r\n")):
            j += 1
        if not all(ok[i:j + 1]):
            keep[i:j + 1] = [False] * (j + 1 - i)
        i = j + 1
    return [h for h, k in zip(headings, keep) if k]


def outline(text: str, initial_stack=None, path: str = "headings.json") -> Outline:
    return Outline(text, find_sentences(text, path), find_headings(text, path), initial_stack)
