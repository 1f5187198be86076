"""The analyst's notebook runs from top to bottom and shows its table, chart and graph."""
from __future__ import annotations

import importlib.util
import json
import sys

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from tests.support import require

NOTEBOOK = "notebooks/analyst-tour.ipynb"
KERNEL = "policy-kg-venv"


def venv_kernel(tmp_path) -> KernelManager:
    """A kernel running this very interpreter (the .venv), installed nowhere but tmp_path.

    No ``jupyter kernelspec install`` step: a clean machine runs the test as it is.
    """
    spec_dir = tmp_path / "kernels" / KERNEL
    spec_dir.mkdir(parents=True)
    spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "policy-kg (.venv)", "language": "python"}
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    specs = KernelSpecManager(kernel_dirs=[str(tmp_path / "kernels")])
    return KernelManager(kernel_name=KERNEL, kernel_spec_manager=specs)


def _outputs(nb, kind: str) -> list[str]:
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if kind in data:
                found.append(data[kind])
    return found


@pytest.fixture(scope="module")
def executed(repo_root, tmp_path_factory):
    for module in ("loaders.extract", "kg.viz"):
        present = importlib.util.find_spec(module.split(".")[0]) and _importable(module)
        require(bool(present), f"{module} is not importable yet; the notebook calls it")
    nb = nbformat.read(repo_root / NOTEBOOK, as_version=4)
    client = NotebookClient(
        nb, km=venv_kernel(tmp_path_factory.mktemp("kernel")), timeout=180,
        resources={"metadata": {"path": str(repo_root / "notebooks")}},
    )
    client.execute()
    return nb


def _importable(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def test_notebook_runs_top_to_bottom_without_errors(executed):
    errors = [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors


def test_notebook_answers_who_joins_what_as_a_table_and_a_chart(executed):
    tables = [h for h in _outputs(executed, "text/html") if 'class="kg-table"' in h]
    assert any("<th>institution</th><th>programme</th>" in h for h in tables)
    assert _outputs(executed, "image/png"), "the participation chart is missing"


def test_notebook_lists_targets_and_a_programme_profile_with_evidence(executed):
    html = "\n".join(_outputs(executed, "text/html"))
    assert "<caption>targets</caption>" in html
    assert "<caption>evidence</caption>" in html


def test_notebook_asks_the_store_a_canned_question(executed):
    html = "\n".join(_outputs(executed, "text/html"))
    assert "<caption>programmes-by-institution</caption>" in html


def test_notebook_shows_an_interactive_graph_inline(executed):
    frames = [h for h in _outputs(executed, "text/html") if h.startswith("<iframe srcdoc=")]
    assert frames and "vis" in frames[-1]
