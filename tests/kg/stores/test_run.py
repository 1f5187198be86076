"""Store.run on both stores: read-only by default, plain rows, the same rows from both."""
from __future__ import annotations

import pytest

from kg.errors import ReadOnlyViolation
from kg.stores import QueryError, Store, open_store
from kg.errors import UsageError


def test_both_stores_implement_the_store_protocol(any_store):
    assert isinstance(any_store, Store)


@pytest.mark.parametrize("cypher", [
    "CREATE (:KGNode {id: 'x'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:KGNode) SET n.name = 'x'",
    "MERGE (n:KGNode {id: 'y'}) RETURN n",
])
def test_a_query_that_writes_is_refused_in_read_mode(any_store, sample_graph, cypher):
    any_store.load(sample_graph)
    before = any_store.run("MATCH (n) RETURN count(n) AS n")
    with pytest.raises(ReadOnlyViolation):
        any_store.run(cypher)
    assert any_store.run("MATCH (n) RETURN count(n) AS n") == before


def test_a_bad_query_is_a_query_error_with_the_stores_reason(any_store):
    with pytest.raises(QueryError) as err:
        any_store.run("MATCH (n RETURN n")
    assert "\n" not in str(err.value) and err.value.exit_code == 2


def test_rows_are_plain_python(any_store, sample_graph):
    any_store.load(sample_graph)
    rows = any_store.run(
        "MATCH p = (i:Institution)-[r:PARTICIPATES_IN]->(g:Programme) "
        "RETURN i, r, p, g.name AS name, r.count * 1.5 AS x, {n: g.name, k: [1, 2]} AS m, "
        "null AS nothing, true AS yes ORDER BY i.id, g.id LIMIT 1")
    row = rows[0]
    assert isinstance(row["i"], dict) and row["i"]["label"] == "Institution"
    assert isinstance(row["r"], dict) and "evidence_sentence" in row["r"]
    assert set(row["p"]) == {"nodes", "relationships"} and len(row["p"]["nodes"]) == 2
    assert type(row["x"]) in (int, float) and row["m"] == {"n": row["name"], "k": [1, 2]}
    assert row["nothing"] is None and row["yes"] is True


QUERIES = [
    ("MATCH (n:KGNode) RETURN n ORDER BY n.id", {}),
    ("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r ORDER BY a, t, b, r.doc", {}),
    # collect() keeps the incoming order only when it is made explicit, in both stores.
    ("MATCH (i:Institution)-[r:PARTICIPATES_IN]->(p:Programme) WITH p, i, r ORDER BY i.name "
     "RETURN p.name AS programme, collect(DISTINCT i.name) AS institutions, sum(r.count) AS n, "
     "avg(i.centrality) AS mean ORDER BY programme", {}),
    ("MATCH (n:KGNode) WHERE n.name CONTAINS $q OR any(a IN n.aliases WHERE a CONTAINS $q) "
     "RETURN n.name AS name, n.label AS label ORDER BY name", {"q": "大"}),
]


def test_both_stores_return_the_same_rows_for_the_same_query(falkordb_store, neo4j_store, sample_graph):
    falkordb_store.load(sample_graph)
    neo4j_store.load(sample_graph)
    for cypher, params in QUERIES:
        assert falkordb_store.run(cypher, params) == neo4j_store.run(cypher, params), cypher


def test_an_unknown_store_kind_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown store 'sqlite'"):
        open_store("sqlite")


@pytest.mark.parametrize("value", [
    "引号\"与\\反斜杠\n换行\t制表", "控制\x01字符", "`反引号`: {x}", "", "a\":{\"b", -0.5, 1e-05, 2**40,
    True, None, [1, "二", None], {"key": ["v", {"deep": "\"}"}]},
    # map keys are rewritten for FalkorDB: keys and values that look like keys or escapes
    {"中文键": 1, "_k2": [{"x": "v\\"}, {"y": "\\\":"}]}, {"q\"k": "\"k\":"},
    {"back\\": 1}, [{"a": "x,\"b\":1"}, "{\"c\":", "\\"],
])
def test_parameter_values_come_back_exactly_as_sent(any_store, value):
    assert any_store.run("RETURN $v AS v", {"v": value}) == [{"v": value}]


def test_a_map_key_with_a_backtick_is_one_clear_error_on_falkordb(falkordb_store):
    with pytest.raises(QueryError, match="backtick"):
        falkordb_store.run("RETURN $v AS v", {"v": {"a`b": 1}})
