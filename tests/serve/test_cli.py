"""`kg serve` on the command line: bad settings give one line on stderr and an exit code."""
from __future__ import annotations

import subprocess

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.serve.helpers import kg_command, loaded_store


def test_serve_without_a_store_folder_says_to_build_one_first(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "no store here; run `kg build DOCS --store" in result.output


def test_serve_rejects_a_port_out_of_range(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path), "--port", "70000"])
    assert result.exit_code == 2 and "--port" in result.output


@pytest.mark.falkordb
def test_serve_on_a_store_in_use_reports_the_lock_in_one_line(tmp_path):
    from kg.stores import open_store

    folder = loaded_store(tmp_path / "store")
    with open_store("embedded", path=str(folder)):
        # A real process: uvicorn needs its own event loop, and the lock is per process.
        result = subprocess.run([*kg_command(), "serve", "--store", str(folder), "--port", "1"],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 3
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("kg: store ") and "in use by another kg process" in last
    assert "Traceback" not in result.stderr
