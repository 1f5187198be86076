"""The store commands as a user types them: output, formats and exit codes."""
from __future__ import annotations

import csv
import io
import json
import time

import networkx as nx
import pytest
from typer.testing import CliRunner

import queries
from kg.cli import app
from kg.graph import annotate, build_graph
from kg.stores.embedded import EmbeddedStore
from tests.fixtures.graphs import INJECTION
from tests.support import require


def kg(*args, env=None):
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


@pytest.fixture
def stored(tmp_path, sample_extraction):
    """A store folder holding the two-plan sample (closed, as after `kg build`)."""
    folder = tmp_path / "store"
    with EmbeddedStore(folder) as store:
        store.load(annotate(build_graph(sample_extraction)))
    return folder


def test_query_prints_the_institution_programme_table(stored):
    result = kg("query", "programmes-by-institution", "--store", stored)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["institution", "programme", "evidence", "documents"]
    assert any(line.split()[:3] == ["苏州农业职业技术学院", "郑和计划", "2"] for line in lines)


def test_query_json_and_csv_hold_the_same_rows(stored):
    as_json = json.loads(kg("query", "institutions-in-programme", "-p", "programme=郑和计划",
                            "--format", "json", "--store", stored).stdout)
    as_csv = list(csv.DictReader(io.StringIO(kg(
        "query", "institutions-in-programme", "--param", "programme=郑和计划", "-f", "csv",
        "--store", stored).stdout)))
    assert [r["institution"] for r in as_json] == [r["institution"] for r in as_csv]
    assert INJECTION in [r["institution"] for r in as_csv]


def test_store_folder_comes_from_kg_store(stored):
    result = kg("query", "search", "-p", "fragment=科大", env={"KG_STORE": str(stored)})
    assert result.exit_code == 0 and "中国科学技术大学" in result.stdout


def test_query_without_rows_exits_1(stored):
    result = kg("query", "institutions-in-programme", "-p", "programme=不存在的计划", "--store", stored)
    assert result.exit_code == 1
    assert result.stderr.strip() == "kg: institutions-in-programme: no rows"


@pytest.mark.parametrize("args, message", [
    (["query", "no-such-query"], "no canned query named 'no-such-query'"),
    (["query", "institutions-in-programme"], "parameter programme is required"),
    (["query", "search", "-p", "fragment"], "--param takes KEY=VALUE"),
    (["query", "search", "-p", "fragment=x", "-p", "limit=ten"], "limit must be a whole number"),
])
def test_bad_usage_exits_2_with_one_line(stored, args, message):
    result = kg(*args, "--store", stored)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_queries_lists_every_query_with_its_parameters():
    result = kg("queries")
    assert result.exit_code == 0
    for q in queries.registry().values():
        assert q.name in result.stdout and q.description in result.stdout
    assert "--param programme: str" in result.stdout
    assert "--param limit: int = 50" in result.stdout


def test_cypher_runs_read_queries(stored):
    result = kg("cypher", "MATCH (n:Programme) WHERE n.name = $name RETURN n.name AS name",
                "-p", "name=双一流", "--format", "json", "--store", stored)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"name": "双一流"}]


def test_cypher_that_writes_is_refused_and_changes_nothing(stored):
    before = kg("stats", "--format", "json", "--store", stored).stdout
    result = kg("cypher", "MATCH (n) DETACH DELETE n", "--store", stored)
    assert result.exit_code == 2
    assert "read-only" in result.stderr
    assert kg("stats", "--format", "json", "--store", stored).stdout == before


def test_entity_shows_type_aliases_relations_and_mention_sentences(stored):
    result = kg("entity", "西浦", "--store", stored)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("西交利物浦大学 (Institution)")
    assert "aliases: 西浦" in out
    assert "PARTICIPATES_IN" in out and "郑和计划" in out
    assert "苏州大学、西浦参与智慧教育示范区建设。" in out


def test_entity_json_and_unknown_entity(stored):
    [profile] = json.loads(kg("entity", INJECTION, "-f", "json", "--store", stored).stdout)
    assert profile["name"] == INJECTION and profile["relations"]
    result = kg("entity", "不存在", "--store", stored)
    assert result.exit_code == 1 and "no entity named '不存在'" in result.stderr


def test_stats_counts_labels_and_relations(stored):
    rows = json.loads(kg("stats", "-f", "json", "--store", stored).stdout)
    counts = {(r["kind"], r["name"]): r["count"] for r in rows}
    assert counts[("node", "Document")] == 2
    assert counts[("node", "Institution")] == 9
    assert counts[("relation", "PARTICIPATES_IN")] == 12


def test_export_graphml_opens_with_networkx(stored, tmp_path):
    out = tmp_path / "g.graphml"
    assert kg("export", "--format", "graphml", "--out", out, "--store", stored).exit_code == 0
    G = nx.read_graphml(out)
    names = {d["name"] for _, d in G.nodes(data=True)}
    assert {"郑和计划", INJECTION} <= names
    inst = next(n for n, d in G.nodes(data=True) if d["name"] == "中国科学技术大学")
    assert json.loads(G.nodes[inst]["aliases"]) == ["中科大"]


def test_export_json_round_trips_to_the_built_graph(stored, tmp_path, sample_extraction):
    out = tmp_path / "g.json"
    assert kg("export", "-f", "json", "-o", out, "--store", stored).exit_code == 0
    G = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    built = build_graph(sample_extraction)
    assert set(G.nodes) == set(built.nodes)
    assert sorted((u, v, k) for u, v, k in G.edges(keys=True)) == \
        sorted((u, v, k) for u, v, k in built.edges(keys=True))
    u, v, k = next((u, v, k) for u, v, k, d in built.edges(keys=True, data=True)
                   if d["type"] == "PARTICIPATES_IN")
    assert G.edges[u, v, k]["evidence"] == built.edges[u, v, k]["evidence"]


def test_export_csv_has_neo4j_admin_headers(stored, tmp_path):
    out = tmp_path / "csv"
    result = kg("export", "-f", "csv", "-o", out, "--store", stored)
    assert result.exit_code == 0, result.output
    with (out / "nodes.csv").open(encoding="utf-8") as fh:
        nodes = list(csv.reader(fh))
    with (out / "relationships.csv").open(encoding="utf-8") as fh:
        rels = list(csv.reader(fh))
    assert nodes[0][:2] == ["id:ID", ":LABEL"] and "aliases:string[]" in nodes[0]
    assert rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"] and "evidence_start:long[]" in rels[0]
    ids = {row[0] for row in nodes[1:]}
    assert all(r[0] in ids and r[1] in ids for r in rels[1:])
    assert {row[1].split(";")[0] for row in nodes[1:]} == {"KGNode"}
    assert all(len(row) == len(nodes[0]) for row in nodes)


def test_export_of_an_empty_store_exits_1(tmp_path):
    result = kg("export", "-f", "json", "-o", tmp_path / "x.json", "--store", tmp_path / "empty")
    assert result.exit_code == 1 and "empty" in result.stderr


def test_reset_needs_yes_when_not_interactive(stored):
    assert kg("reset", "--store", stored).exit_code == 2
    assert kg("reset", "--yes", "--store", stored).exit_code == 0
    assert kg("query", "programmes-by-institution", "--store", stored).exit_code == 1


def test_unreachable_neo4j_exits_3_within_seconds():
    started = time.monotonic()
    result = kg("stats", "--backend", "neo4j", "--neo4j-uri", "bolt://127.0.0.1:9",
                "--neo4j-user", "neo4j", "--neo4j-password", "wrong")
    assert result.exit_code == 3, result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert time.monotonic() - started < 30


def test_build_loads_readable_files_and_names_each_bad_one(tmp_path, sample_path):
    import loaders.extract

    require(hasattr(loaders.extract, "extract_paths"), "loaders.extract.extract_paths has not landed")
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip file")
    store = tmp_path / "store"
    result = kg("build", sample_path, bad, "--store", store)
    assert result.exit_code == 0, result.output
    assert "broken.docx" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.stdout.startswith("documents: 1 read (1 new")
    assert "entities:" in result.stdout and "targets:" in result.stdout
    assert kg("query", "programmes-by-institution", "--store", store).exit_code == 0
    again = kg("build", sample_path, "--store", store)
    assert "1 unchanged" in again.stdout


def test_build_with_nothing_readable_exits_2(tmp_path):
    import loaders.extract

    require(hasattr(loaders.extract, "extract_paths"), "loaders.extract.extract_paths has not landed")
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip file")
    result = kg("build", bad, "--store", tmp_path / "store")
    assert result.exit_code == 2
    assert "broken.docx" in result.stderr


def test_read_commands_work_while_another_process_holds_the_store(stored):
    """An analyst can query while `kg serve` (or a build) has the folder open."""
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from kg.stores import open_store\n"
         f"s = open_store('embedded', path={str(stored)!r}); print('open', flush=True)\n"
         "sys.stdin.read(); s.close()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = kg("query", "programmes-by-institution", "--format", "json", "--store", stored)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)
        refused = kg("reset", "--yes", "--store", stored)
        assert refused.exit_code == 3 and "in use" in refused.output
    finally:
        holder.communicate("", timeout=60)
