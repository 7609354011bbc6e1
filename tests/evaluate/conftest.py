"""Builders for hand-made gold and prediction rows (no extractor needed)."""
from __future__ import annotations

import pytest

TEXT = "共受理审批事项1818件，办结1200件，参考率和优秀率均达到100%，罚款15.7万元。2024年完成。"


def locate(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def make_row(surface, value, unit, *, text=TEXT, doc_id="d1", activity=None, obj=None,
             kind="count", qualifier="exact", change=None, value_high=None, nth=0):
    """A gold-shaped row; ``activity``/``obj`` are surfaces found in ``text``."""
    start, end = locate(text, surface, nth)
    row = {"doc_id": doc_id, "start": start, "end": end, "text": surface, "value": value,
           "value_high": value_high, "unit": unit, "qualifier": qualifier, "kind": kind,
           "change": change}
    for role, name in (("activity", activity), ("object", obj)):
        offsets = locate(text, name) if name else (None, None)
        row.update({role: name, f"{role}_start": offsets[0], f"{role}_end": offsets[1]})
    return row


@pytest.fixture
def gold_rows():
    """Gold for TEXT: five rows, two of them a coordinated rate."""
    return [
        make_row("1818件", 1818, "件", activity="受理", obj="审批事项"),
        make_row("1200件", 1200, "件", activity="办结"),
        make_row("100%", 100, "%", activity="参考率", kind="percent"),
        make_row("100%", 100, "%", activity="优秀率", kind="percent"),
        make_row("15.7万元", 157000, "元", activity="罚款", kind="money"),
    ]


@pytest.fixture
def make():
    """The :func:`make_row` builder."""
    return make_row


@pytest.fixture
def text():
    return TEXT
