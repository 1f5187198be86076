"""``kg viz``: a page of the stored graph, of a canned query's rows, or around an entity."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.fixtures.stores import falkordb_missing
from tests.support import require
from tests.viz.graphs import XSS, small_graph

pytestmark = pytest.mark.falkordb


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """An embedded store holding the small graph (closed again: the CLI opens it)."""
    missing = falkordb_missing()
    require(missing is None, missing or "")
    from kg.stores import open_store

    path = tmp_path_factory.mktemp("viz-store") / "store"
    with open_store("embedded", path=path) as store:
        store.load(small_graph())
    return path


def viz(stored, tmp_path, *args: str):
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(app, ["viz", "--store", str(stored), "--out", str(out), *args])
    return result, out


def drawn(out) -> set[str]:
    html = out.read_text(encoding="utf-8")
    data = re.search(r'<script type="application/json" id="kg-graph-data">(.*?)</script>', html, re.S)
    return {n["kg"]["name"] for n in json.loads(data.group(1))["nodes"]}


def test_viz_draws_the_whole_stored_graph(stored, tmp_path):
    result, out = viz(stored, tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out)
    assert drawn(out) == {d["name"] for _, d in small_graph().nodes(data=True)}


def test_viz_draws_the_entities_in_a_canned_querys_rows(stored, tmp_path):
    result, out = viz(stored, tmp_path, "--query", "institutions-in-programme",
                      "--param", "programme=郑和计划")
    assert result.exit_code == 0, result.output
    assert {"苏州大学", XSS, "郑和计划"} <= drawn(out) and "双一流建设" not in drawn(out)


def test_viz_around_an_alias_keeps_only_the_types_asked_for(stored, tmp_path):
    result, out = viz(stored, tmp_path, "--entity", "苏大", "--depth", "1",
                      "--type", "Institution", "--type", "Programme")
    assert result.exit_code == 0, result.output
    assert drawn(out) == {"苏州大学", "郑和计划", "双一流建设"}


def test_viz_of_one_year(stored, tmp_path):
    result, out = viz(stored, tmp_path, "--doc", "2024", "--type", "Programme")
    assert result.exit_code == 0, result.output
    assert drawn(out) == {"双一流建设"}


@pytest.mark.parametrize("args,code,message", [
    (("--entity", "没有这个机构"), 1, "no entity named '没有这个机构'"),
    (("--query", "institutions-in-programme", "--param", "programme=没有"), 1,
     "institutions-in-programme: no rows"),
    (("--query", "institutions-in-programmes"), 2, "did you mean institutions-in-programme"),
    (("--type", "Programm"), 2, "unknown type Programm"),
    (("--param", "programme"), 2, "--param takes KEY=VALUE"),
])
def test_viz_bad_request_is_one_line_on_stderr(stored, tmp_path, args, code, message):
    result, out = viz(stored, tmp_path, *args)
    assert result.exit_code == code
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()
