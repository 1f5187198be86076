"""Loading semantics, on both stores: idempotent, per-document replacement, atomic documents."""
from __future__ import annotations

import copy

import pytest

from kg.graph import annotate, build_graph
from kg.stores.writer import document_ids
from tests.fixtures.graphs import INJECTION, PLAN_2023, PLAN_2024, sample_extraction_of
from tests.fixtures.stores import state


def graph_of(*plans):
    return annotate(build_graph(sample_extraction_of(plans)))


def plan_2023_revised() -> dict:
    """The 2023 plan at the same path with its second section (opening-up) dropped."""
    plan = copy.deepcopy(PLAN_2023)
    plan["sections"] = plan["sections"][:1]
    return plan


def doc_of(G, plan) -> str:
    return next(d for d in document_ids(G) if G.nodes[d]["path"] == plan["path"])


def count(store, cypher, **params) -> int:
    return store.run(cypher, params)[0]["n"]


def test_loading_writes_every_node_and_edge_of_the_graph(any_store, sample_graph):
    summary = any_store.load(sample_graph)
    assert len(summary.loaded) == 2 and not summary.failed
    assert count(any_store, "MATCH (n:KGNode) RETURN count(n) AS n") == sample_graph.number_of_nodes()
    # The fixture's own Cypher-like institution name came through as well.
    assert any_store.run("MATCH (n:Institution {name: $v}) RETURN n.name AS name",
                         {"v": INJECTION}) == [{"name": INJECTION}]
    assert count(any_store, "MATCH ()-[r]->() RETURN count(r) AS n") == sample_graph.number_of_edges()


def test_loading_the_same_documents_twice_changes_nothing(any_store, sample_graph):
    any_store.load(sample_graph)
    before = state(any_store)
    summary = any_store.load(sample_graph)
    assert sorted(summary.unchanged) == document_ids(sample_graph)
    assert summary.nodes == summary.edges == 0
    assert state(any_store) == before


def test_a_changed_version_replaces_that_documents_facts_and_keeps_the_rest(any_store):
    any_store.load(graph_of(PLAN_2023, PLAN_2024))
    revised = graph_of(plan_2023_revised(), PLAN_2024)
    summary = any_store.load(revised)

    old, new = doc_of(graph_of(PLAN_2023), PLAN_2023), doc_of(revised, PLAN_2023)
    assert summary.replaced == {new: [old]}
    assert summary.unchanged == [doc_of(revised, PLAN_2024)]
    # Only in the dropped section of the old version: gone with it.
    assert count(any_store, "MATCH (n:Programme {name: '双一流'}) RETURN count(n) AS n") == 0
    assert count(any_store, "MATCH ()-[r]->() WHERE r.doc = $old RETURN count(r) AS n", old=old) == 0
    # Also supported by the 2024 plan: kept, and no longer claimed by the old version.
    docs = "MATCH (n:Programme {name: $name}) RETURN n.docs AS docs"
    d2024 = doc_of(revised, PLAN_2024)
    assert any_store.run(docs, {"name": "郑和计划"})[0]["docs"] == [d2024]
    assert sorted(any_store.run(docs, {"name": "园丁先锋"})[0]["docs"]) == sorted([d2024, new])
    # The store is exactly what loading the new versions into an empty store gives.
    replaced = state(any_store)
    any_store.reset()
    any_store.load(revised)
    assert replaced == state(any_store)


def test_removing_a_document_keeps_what_other_documents_support(any_store, sample_graph):
    d2023, d2024 = doc_of(sample_graph, PLAN_2023), doc_of(sample_graph, PLAN_2024)
    any_store.load(sample_graph)
    any_store.remove_document(d2023)
    docs = "MATCH (n:KGNode) UNWIND n.docs AS d RETURN DISTINCT d"
    assert {r["d"] for r in any_store.run(docs)} == {d2024}
    only_2024 = state(any_store)
    any_store.reset()
    any_store.load(graph_of(PLAN_2024))
    nodes, edges = state(any_store)
    # Analytics were computed over both plans in the first graph, so compare without them.
    assert _without_analytics(only_2024[0]) == _without_analytics(nodes)
    assert only_2024[1] == edges


def test_removing_a_document_that_is_not_there_says_so(any_store):
    from kg.errors import NoResults

    with pytest.raises(NoResults, match="no document nope"):
        any_store.remove_document("nope")


def test_loading_a_document_the_graph_does_not_have_is_a_usage_error(any_store, sample_graph):
    from kg.errors import UsageError

    with pytest.raises(UsageError, match="not a document of the graph"):
        any_store.load(sample_graph, docs=["nope"])


def _without_analytics(nodes: list[str]) -> list[str]:
    import json

    out = []
    for n in nodes:
        props = json.loads(n)
        for k in ("community", "centrality", "degree"):
            props.pop(k, None)
        out.append(json.dumps(props, sort_keys=True, ensure_ascii=False))
    return sorted(out)


def _poison_last_edge(G, doc: str) -> None:
    """Give the document's last-written edge a map value, which no store accepts."""
    u, v, k = [(u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if d["doc"] == doc][-1]
    G.edges[u, v, k]["type"] = "CITES"
    G.edges[u, v, k]["note"] = {"not": "a primitive"}


def test_a_failure_in_the_middle_of_a_new_document_leaves_the_store_as_it_was(any_store):
    any_store.load(graph_of(PLAN_2024))
    before = state(any_store)
    G = graph_of(PLAN_2023, PLAN_2024)
    d2023 = doc_of(G, PLAN_2023)
    _poison_last_edge(G, d2023)
    summary = any_store.load(G, docs=[d2023])
    assert [path for path, _ in summary.failed] == [PLAN_2023["path"]]
    assert "primitive" in summary.failed[0][1].lower()
    assert _without_analytics(state(any_store)[0]) == _without_analytics(before[0])
    assert state(any_store)[1] == before[1]


def test_a_failure_while_replacing_a_document_keeps_the_old_version(any_store):
    any_store.load(graph_of(PLAN_2023, PLAN_2024))
    before = state(any_store)
    G = graph_of(plan_2023_revised(), PLAN_2024)
    _poison_last_edge(G, doc_of(G, PLAN_2023))
    summary = any_store.load(G, docs=[doc_of(G, PLAN_2023)])
    assert len(summary.failed) == 1 and not summary.replaced
    assert _without_analytics(state(any_store)[0]) == _without_analytics(before[0])
    assert state(any_store)[1] == before[1]


@pytest.mark.parametrize("value", ["' }) DETACH DELETE n //", "a\"b\\'c\n}) RETURN 1 //",
                                   "MATCH (n) DETACH DELETE n", "$doc"])
def test_values_that_look_like_cypher_are_stored_and_matched_as_plain_text(any_store, sample_graph, value):
    node = next(n for n, d in sample_graph.nodes(data=True) if d["label"] == "Institution")
    sample_graph.nodes[node]["name"] = value
    sample_graph.nodes[node]["aliases"] = [value + "别名"]
    any_store.load(sample_graph)
    rows = any_store.run("MATCH (n:Institution) WHERE n.name = $v OR $a IN n.aliases "
                         "RETURN n.id AS id, n.name AS name", {"v": value, "a": value + "别名"})
    assert rows == [{"id": node, "name": value}]
    assert count(any_store, "MATCH (n:KGNode) RETURN count(n) AS n") == sample_graph.number_of_nodes()
    # The fixture's own Cypher-like institution name came through as well.
    assert any_store.run("MATCH (n:Institution {name: $v}) RETURN n.name AS name",
                         {"v": INJECTION}) == [{"name": INJECTION}]


def test_evidence_is_stored_as_parallel_lists(any_store, sample_graph):
    any_store.load(sample_graph)
    u, v, data = next((u, v, d) for u, v, d in sample_graph.edges(data=True)
                      if d["type"] == "PARTICIPATES_IN" and d["count"])
    row = any_store.run(
        "MATCH (a:KGNode {id: $u})-[r:PARTICIPATES_IN {doc: $doc}]->(b:KGNode {id: $v}) RETURN r",
        {"u": u, "v": v, "doc": data["doc"]})[0]["r"]
    assert row["count"] == len(data["evidence"])
    assert row["evidence_sentence"] == [e["sentence"] for e in data["evidence"]]
    assert row["evidence_start"] == [e["start"] for e in data["evidence"]]
    assert row["evidence_item"] == [e["item"] or "" for e in data["evidence"]]
