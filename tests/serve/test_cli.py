"""`kg serve` on the command line: bad settings give one line on stderr and an exit code."""
from __future__ import annotations

import urllib.request

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.serve.helpers import kg_serve, loaded_store


def test_serve_without_a_store_folder_says_to_build_one_first(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "no store here; run `kg build DOCS --store" in result.output


def test_serve_rejects_a_port_out_of_range(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path), "--port", "70000"])
    assert result.exit_code == 2 and "--port" in result.output


@pytest.mark.falkordb
def test_serve_shares_a_store_that_another_process_has_open(tmp_path):
    """`kg serve` only reads: it attaches to the server of a running build instead of
    being refused as a second writer."""
    from kg.stores import open_store

    folder = loaded_store(tmp_path / "store")
    with open_store("embedded", path=str(folder)):
        with kg_serve(folder, tmp_path / "serve.log") as url:
            with urllib.request.urlopen(url + "/search?q=%E5%A4%A7%E5%AD%A6", timeout=30) as page:
                assert page.status == 200
