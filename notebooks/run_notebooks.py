"""Execute the notebooks from a fresh kernel, as the test suite does.

    python notebooks/run_notebooks.py                      # all notebooks; charts -> docs/img/
    python notebooks/run_notebooks.py 02_compare_reports   # one (name with or without .ipynb)
    python notebooks/run_notebooks.py --outputs /tmp/nb    # also write the executed copies there

The notebooks in the repository are never rewritten: they are stored without
outputs (``strip_outputs.py --check``). Running them regenerates the chart PNGs
in ``docs/img/`` (or in ``$LAWGOV_NOTEBOOK_IMG_DIR`` when that is set).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent


def notebooks(names=()) -> list[Path]:
    """The notebooks named (all of them by default), in order."""
    if not names:
        return sorted(HERE.glob("[0-9]*.ipynb"))
    return [HERE / (name if name.endswith(".ipynb") else f"{name}.ipynb") for name in names]


def execute(path: Path, cwd: Path = HERE, timeout: int = 600) -> nbformat.NotebookNode:
    """Run ``path`` top to bottom in a new ``python3`` kernel started in ``cwd``; return it with outputs.

    Raises ``nbclient.exceptions.CellExecutionError`` at the first failing cell.
    """
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(cwd)}})
    client.execute()
    return nb


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="notebooks to run (default: all)")
    parser.add_argument("--outputs", type=Path, help="write the executed notebooks into this directory")
    args = parser.parse_args(argv)
    for path in notebooks(args.names):
        began = time.perf_counter()
        nb = execute(path)
        print(f"{path.name}: ok ({time.perf_counter() - began:.1f} s)")
        if args.outputs:
            args.outputs.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, args.outputs / path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
