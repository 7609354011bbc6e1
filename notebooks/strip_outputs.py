"""Remove outputs from the notebooks: they are stored without them (CI executes them).

    python notebooks/strip_outputs.py            # strip notebooks/*.ipynb in place
    python notebooks/strip_outputs.py --check    # exit 1 and name each notebook that has outputs
    python notebooks/strip_outputs.py PATH...    # other notebooks

Stripped: code cells' outputs and execution counts, and the run-time metadata
Jupyter adds (cell ``execution`` timings, ``collapsed``/``scrolled``, widget state).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
CELL_KEYS = ("execution", "collapsed", "scrolled")
NOTEBOOK_KEYS = ("widgets",)


def strip(nb: nbformat.NotebookNode) -> bool:
    """Strip ``nb`` in place; True when something was removed."""
    changed = False
    for cell in nb.cells:
        for key in CELL_KEYS:
            if key in cell.metadata:
                del cell.metadata[key]
                changed = True
        if cell.cell_type != "code":
            continue
        if cell.outputs or cell.execution_count is not None:
            cell.outputs, cell.execution_count = [], None
            changed = True
    for key in NOTEBOOK_KEYS:
        if key in nb.metadata:
            del nb.metadata[key]
            changed = True
    return changed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="notebooks (default: notebooks/*.ipynb)")
    parser.add_argument("--check", action="store_true", help="report notebooks with outputs; change nothing")
    args = parser.parse_args(argv)
    paths = args.paths or sorted(HERE.glob("*.ipynb"))
    dirty = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        if not strip(nb):
            continue
        dirty.append(path)
        if not args.check:
            nbformat.write(nb, path)
    verb = "has outputs" if args.check else "stripped"
    for path in dirty:
        print(f"{path}: {verb}")
    return 1 if args.check and dirty else 0


if __name__ == "__main__":
    sys.exit(main())
