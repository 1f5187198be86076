"""`kg export --format csv` goes through Neo4j's own bulk importer.

The bundled sample is built into the embedded store, exported as CSV, imported with the real
``neo4j-admin database import full`` (Neo4j Community 5.26 from Maven Central, see
tests/neo4j) into a fresh database, and that database, started, must hold what the store
holds. One import and one server start for the module: a cold JVM is the slow part.
"""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.export import ARRAY_DELIMITER, read_graph
from tests.fixtures.stores import falkordb_missing
from tests.support import require

NODES = "MATCH (n:KGNode) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
EDGES = ("MATCH (a:KGNode)-[r]->(b:KGNode) "
         "RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props")


def kg(*args) -> None:
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output


def carried_by_csv(props: dict) -> dict:
    """The properties a CSV row can carry: an empty cell imports as no property, so an
    empty list and a list holding only "" (a lone evidence stand-in) are left out."""
    return {k: v for k, v in props.items() if v != [] and v != [""]}


def edge_key(row) -> tuple:
    return row["a"], row["type"], row["b"], row["props"].get("doc")


@pytest.fixture(scope="module")
def imported(tmp_path_factory, sample_path):
    """(store folder, importer output, Neo4j settings) for the sample imported from CSV."""
    reason = falkordb_missing()
    require(reason is None, reason or "")
    from tests.neo4j.launch import TestNeo4j, missing

    reason = missing()
    require(reason is None, reason or "")
    tmp = tmp_path_factory.mktemp("csv-import")
    store, csv = tmp / "store", tmp / "csv"
    kg("build", sample_path, "--store", store)
    kg("export", "--format", "csv", "--out", csv, "--store", store)

    server = TestNeo4j(tmp / "neo4j")
    try:
        output = server.admin(
            "database", "import", "full", f"--nodes={csv / 'nodes.csv'}",
            f"--relationships={csv / 'relationships.csv'}", f"--array-delimiter={ARRAY_DELIMITER}",
            "--max-off-heap-memory=256m",  # the machine is shared
            "--verbose", "neo4j")  # a failure then names its cause, not just "Error importing"
        settings = server.start()
    except RuntimeError as err:
        pytest.fail(str(err), pytrace=False)
    yield store, output, settings
    server.stop()


@pytest.fixture(scope="module")
def stores(imported):
    """(embedded store, Neo4j store on the imported database), both open for the module."""
    from kg.stores.embedded import EmbeddedStore
    from kg.stores.neo4j import Neo4jSettings, Neo4jStore

    folder, _, settings = imported
    with EmbeddedStore(folder) as embedded:
        neo4j = Neo4jStore(Neo4jSettings(**settings))
        yield embedded, neo4j
        neo4j.close()


def test_csv_export_imports_into_neo4j_with_the_same_counts_and_properties(imported, stores):
    _, output, _ = imported
    embedded, neo4j = stores
    want_nodes = {r["id"]: r for r in embedded.run(NODES)}
    got_nodes = {r["id"]: r for r in neo4j.run(NODES)}
    assert f"{len(want_nodes)} nodes" in output and "IMPORT DONE" in output
    assert got_nodes.keys() == want_nodes.keys()
    for id_, want in want_nodes.items():
        assert sorted(got_nodes[id_]["labels"]) == sorted(want["labels"]), id_
        assert got_nodes[id_]["props"] == carried_by_csv(want["props"]), id_

    want_edges = {edge_key(r): r["props"] for r in embedded.run(EDGES)}
    got_edges = {edge_key(r): r["props"] for r in neo4j.run(EDGES)}
    assert f"{len(want_edges)} relationships" in output
    assert len(got_edges) == len(want_edges) and got_edges.keys() == want_edges.keys()
    for key, want in want_edges.items():
        assert got_edges[key] == carried_by_csv(want), key

    # The values the comparison above rests on, spelled out: lists, numbers, labels.
    [ustc] = neo4j.run("MATCH (n:Institution {name: '中国科学技术大学'}) RETURN n")
    assert ustc["n"]["aliases"] == ["中科大"] and ustc["n"]["label"] == "Institution"
    [doc] = neo4j.run("MATCH (d:Document) RETURN d.year AS year, d.id AS id")
    assert doc["year"] == 2023 and ustc["n"]["docs"] == [doc["id"]]
    evidence = neo4j.run("MATCH ()-[r:PARTICIPATES_IN]->() RETURN r")
    assert evidence and all(isinstance(s, int) for r in evidence for s in r["r"]["evidence_start"])


def test_imported_database_reads_back_as_the_stored_graph(stores):
    embedded, neo4j = stores
    want, got = read_graph(embedded), read_graph(neo4j)
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
    assert sorted(got.edges(keys=True, data=True), key=str) == \
        sorted(want.edges(keys=True, data=True), key=str)
