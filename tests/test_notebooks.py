"""The analyst notebooks (notebooks/*.ipynb) run top to bottom from a clean state.

Each notebook is stored without outputs and executed here with nbclient in the
``python3`` kernel that ipykernel's wheel installs (no hand-made kernelspec),
with network connections refused inside the kernel, and with its charts
written to a temporary directory instead of docs/img/ (so a test run leaves the
work tree as it was; ``python notebooks/run_notebooks.py`` regenerates docs/img/).
"""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
PNG = b"\x89PNG\r\n\x1a\n"

#: Charts each notebook saves (the README shows compare_counts.png).
CHARTS = {
    "02_compare_reports.ipynb": {"compare_counts.png", "compare_money.png", "compare_rates.png"},
    "03_benchmark.ipynb": {"benchmark_fields.png", "benchmark_peers.png"},
    "04_indicator_panel.ipynb": {"panel_compare.png", "panel_yoy.png"},
}

#: Run first in the kernel: any connection that leaves the machine fails.
NO_NETWORK = '''\
import socket as _socket

_LOCAL = ("127.0.0.1", "::1", "localhost")
_connect, _connect_ex, _getaddrinfo = _socket.socket.connect, _socket.socket.connect_ex, _socket.getaddrinfo


def _check(sock, address):
    host = address[0] if isinstance(address, tuple) else address
    if sock.family in (_socket.AF_INET, _socket.AF_INET6) and host not in _LOCAL:
        raise OSError(f"a notebook under test tried to reach {address}")


def _guarded_connect(self, address):
    _check(self, address)
    return _connect(self, address)


def _guarded_connect_ex(self, address):
    _check(self, address)
    return _connect_ex(self, address)


def _guarded_getaddrinfo(host, *args, **kwargs):
    if host not in _LOCAL and host is not None:
        raise OSError(f"a notebook under test tried to resolve {host}")
    return _getaddrinfo(host, *args, **kwargs)


_socket.socket.connect, _socket.socket.connect_ex = _guarded_connect, _guarded_connect_ex
_socket.getaddrinfo = _guarded_getaddrinfo
'''


def execute(path: Path, cwd: Path, img_dir: Path, monkeypatch) -> nbformat.NotebookNode:
    monkeypatch.setenv("LAWGOV_NOTEBOOK_IMG_DIR", str(img_dir))  # the kernel inherits the environment
    nb = nbformat.read(path, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(NO_NETWORK))
    client = NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(cwd)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, at the first failure
    return nb


def html_outputs(nb) -> str:
    return "\n".join(output.get("data", {}).get("text/html", "")
                     for cell in nb.cells if cell.cell_type == "code" for output in cell.outputs)


def test_the_notebooks_are_there():
    assert [p.name for p in PATHS] == ["01_quickstart.ipynb", "02_compare_reports.ipynb", "03_benchmark.ipynb",
                                       "04_indicator_panel.ipynb"]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    dirty = [i for i, cell in enumerate(nb.cells)
             if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)]
    assert not dirty, f"{path.name}: cells {dirty} have outputs; run python notebooks/strip_outputs.py"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_notebook_runs(path, tmp_path, monkeypatch):
    nb = execute(path, NOTEBOOKS, tmp_path, monkeypatch)
    saved = {p.name for p in tmp_path.glob("*.png")}
    assert saved == CHARTS.get(path.name, set())
    for name in saved:
        data = (tmp_path / name).read_bytes()
        assert data.startswith(PNG) and len(data) > 20_000, name
    if path.name == "01_quickstart.ipynb":
        html = html_outputs(nb)
        assert 'class="spans"' in html  # displaCy's span view, with each mention's kind:activity label
        assert "count:受理" in html and "percent:办结率" in html


def test_quickstart_runs_from_the_repo_root(tmp_path, monkeypatch):
    """Paths in the notebooks do not depend on where Jupyter was started."""
    nb = execute(NOTEBOOKS / "01_quickstart.ipynb", ROOT, tmp_path, monkeypatch)
    assert 'class="spans"' in html_outputs(nb)
