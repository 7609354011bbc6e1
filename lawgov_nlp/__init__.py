"""lawgov_nlp: quantitative indicators from Chinese rule-of-law government
reports (法治政府建设年度报告), as tidy pandas DataFrames.

>>> import lawgov_nlp
>>> df = lawgov_nlp.extract("共受理审批事项1818件，办结率100％。", doc_id="r1")
"""
from __future__ import annotations

from . import extensions  # noqa: F401  (registers Span._ attributes at import)

__version__ = "0.1.0"

__all__ = ["extract", "extract_file", "extract_many", "load", "to_number", "render", "indicators", "panel",
           "load_codebook", "__version__"]


_LAZY = {
    "extract": "api",
    "load": "language",
    "to_number": "numerals",
    # File reading pulls in docx/pdf/html parsers: import them on first use.
    "extract_file": "batch",
    "extract_many": "batch",
    "render": "display",
    # Mentions -> codebook indicators -> the (org, year) x indicator panel.
    "indicators": "codebook",
    "panel": "codebook",
    "load_codebook": "codebook",
}


def __getattr__(name):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'lawgov_nlp' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__():
    return sorted(list(globals()) + list(_LAZY))
