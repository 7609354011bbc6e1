"""Sentences and the heading outline of a report.

Reports number their headings (一、 （一） 1. （1） 第一部分 …) but the order of
styles varies between bodies, so a style's level is learnt per document: the
first style seen is level 1, a new style opens a deeper level, and a style seen
before closes everything below it (the way Markdown outlines work). Headings
often sit inline at the start of a paragraph ("1.聘任法律顾问，加强法治建设。为…"),
so the heading text runs to the first sentence end, not the line end.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicons import load_json


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
    return start, end, sent_end, int(data["max_heading_chars"]), resets


def find_sentences(text: str, path: str = "headings.json") -> list[tuple[int, int]]:
    """Sentence spans (start, end), leading/trailing whitespace excluded."""
    sent_end = _compiled(path)[2]
    spans = []
    pos = 0
    for m in sent_end.finditer(text):
        _append_stripped(text, pos, m.end(), spans)
        pos = m.end()
    _append_stripped(text, pos, len(text), spans)
    return spans


def _append_stripped(text: str, start: int, end: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def find_headings(text: str, path: str = "headings.json") -> list[Heading]:
    start_re, end_re, _, max_chars, resets = _compiled(path)
    headings = []
    for m in start_re.finditer(text):
        h_start = m.end("noise")
        line_end = text.find("\n", h_start)
        if line_end == -1:
            line_end = len(text)
        e = end_re.search(text, m.end(), line_end)  # a marker may hold a colon (附件1：)
        h_end = e.start() if e else line_end
        while h_end > h_start and text[h_end - 1].isspace():
            h_end -= 1
        if h_end - h_start > max_chars or h_end <= m.end():
            continue
        style = next(name for name, value in m.groupdict().items() if value is not None and name != "noise")
        headings.append(Heading(h_start, h_end, style, text[h_start:h_end], style in resets))
    return headings


def outline(text: str, initial_stack=None, path: str = "headings.json") -> Outline:
    return Outline(text, find_sentences(text, path), find_headings(text, path), initial_stack)
