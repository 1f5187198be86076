"""Canned queries on real stores: each runs on FalkorDB, answers the analysts' question on the
two-plan sample, and returns exactly the same rows from Neo4j."""
from __future__ import annotations

import json
from collections import Counter

import pytest

import queries
from kg.graph import annotate, build_graph
from kg.model import ENTITY_TYPES
from tests.fixtures.graphs import INJECTION

# Parameters that make each query return rows on the sample (every query must have some).
EXAMPLES = {
    "body-responsibilities": {"body": "市教育局"},
    "central-entities": {"type": "Institution", "limit": "5"},
    "citing-documents": {"policy": "中国教育现代化2035"},
    "co-participation": {},
    "communities": {},
    "entity": {"entity": "中科大"},
    "entity-mentions": {"entity": "西浦"},
    "entity-relations": {"entity": "西浦"},
    "institutions-in-programme": {"programme": "郑和计划"},
    "most-cited-policies": {},
    "neighbourhood": {"entity": "双一流", "depth": "2"},
    "programme-changes": {"before": "2023", "after": "苏州市2024年全市教育工作要点"},
    "programme-profile": {"programme": "园丁先锋"},
    "programmes-by-institution": {},
    "programmes-of-institution": {"institution": "西交利物浦大学"},
    "search": {"fragment": "大学"},
    "shortest-connection": {"source": "苏州大学", "target": "苏州市职业大学"},
    "targets": {"programme": "园丁先锋"},
}


def run(store, name, **raw):
    return queries.run(store, name, raw)


@pytest.fixture
def loaded(falkordb_store, sample_extraction):
    falkordb_store.load(annotate(build_graph(sample_extraction)))
    return falkordb_store


def test_every_canned_query_has_an_example():
    assert set(EXAMPLES) == set(queries.registry())


def test_every_canned_query_runs_on_falkordb_and_returns_rows(loaded):
    empty = [name for name, raw in EXAMPLES.items() if not run(loaded, name, **raw)]
    assert empty == []


def test_every_canned_query_returns_the_same_rows_from_falkordb_and_neo4j(
        falkordb_store, neo4j_store, sample_extraction):
    G = annotate(build_graph(sample_extraction))
    falkordb_store.load(G)
    neo4j_store.load(G)
    differ = []
    for name, raw in EXAMPLES.items():
        a, b = run(falkordb_store, name, **raw), run(neo4j_store, name, **raw)
        # JSON text, so 3 and 3.0 differ too
        if json.dumps(a, ensure_ascii=False) != json.dumps(b, ensure_ascii=False):
            differ.append(f"{name}:\n  falkordb {a}\n  neo4j    {b}")
    stats = queries.internal("graph-stats")  # behind `kg stats`
    if falkordb_store.run(stats.text) != neo4j_store.run(stats.text):
        differ.append("graph-stats")
    assert not differ, "\n".join(differ)


def test_institutions_in_programme_match_the_participation_evidence(loaded):
    rows = run(loaded, "institutions-in-programme", programme="郑和计划")
    assert rows[0] == {"institution": "苏州农业职业技术学院", "programme": "郑和计划",
                       "evidence": 2, "documents": 2}
    assert {r["institution"] for r in rows} == {"苏州农业职业技术学院", "苏州市职业大学",
                                                "西交利物浦大学", INJECTION}


def test_entity_parameters_match_aliases(loaded):
    [row] = run(loaded, "programmes-of-institution", institution="中科大")
    assert (row["institution"], row["programme"]) == ("中国科学技术大学", "双一流")


def test_cypher_looking_values_are_matched_as_plain_text(loaded):
    [row] = run(loaded, "programmes-of-institution", institution=INJECTION)
    assert row["programme"] == "郑和计划"
    assert run(loaded, "search", fragment="DETACH")[0]["name"] == INJECTION
    assert queries.run_internal(loaded, "graph-stats")[0]["count"] == 2  # nothing was deleted


def test_the_table_has_one_row_per_pair_in_name_order(loaded):
    rows = run(loaded, "programmes-by-institution")
    pairs = [(r["institution"], r["programme"]) for r in rows]
    assert pairs == sorted(pairs) and len(pairs) == 11


def test_programme_profile_covers_institutions_items_bodies_targets_and_evidence(loaded):
    parts = {}
    for r in run(loaded, "programme-profile", programme="园丁先锋"):
        parts.setdefault(r["part"], []).append(r["name"])
    assert parts["body"] == ["苏州市教育局"]
    assert len(parts["target"]) == 3 and len(parts["item"]) == 2
    assert any("50所" in s for s in parts["evidence"])
    places = {r["name"] for r in run(loaded, "programme-profile", programme="郑和计划")
              if r["part"] == "place"}
    assert places == {"黑角市", "苏州工业园区"}


def test_targets_filter_by_document_year_and_section(loaded):
    rows = run(loaded, "targets", document="2024")
    assert {r["target"] for r in rows} == {"50所 “园丁先锋”党建示范学校", "100% 智慧校园达标率"}
    rows = run(loaded, "targets", section="扩大教育开放")
    assert [r["target"] for r in rows] == ["100% 智慧校园达标率"]


def test_programme_changes_between_years(loaded):
    rows = run(loaded, "programme-changes", before="2023", after="2024")
    by = {}
    for r in rows:
        by.setdefault(r["change"], []).append(r["programme"])
    assert by["new"] == ["智慧教育示范区"]
    assert by["continued"] == ["园丁先锋", "郑和计划"]
    assert "双一流" in by["dropped"]
    assert run(loaded, "programme-changes", before="1999", after="2024") == []


def test_shortest_connection_goes_through_a_shared_programme(loaded):
    [row] = run(loaded, "shortest-connection", source="苏州农业职业技术学院", target="苏州市职业大学")
    assert row["hops"] == 2
    assert row["path"] == ["苏州农业职业技术学院", "郑和计划", "苏州市职业大学"]


def connection_pairs(G, n: int = 40) -> list[tuple[str, str]]:
    """Pairs of entity names (unique names, so both sides pick the same node), spread over
    every distance: the first ``n`` of a fixed shuffle."""
    import random

    names = Counter(d["name"] for _, d in G.nodes(data=True))
    entities = sorted(d["name"] for _, d in G.nodes(data=True)
                      if d["label"] in ENTITY_TYPES and names[d["name"]] == 1)
    pairs = [(s, t) for s in entities for t in entities if s < t]
    random.Random(7).shuffle(pairs)
    return pairs[:n]


def test_shortest_connection_agrees_with_the_graph_function_at_every_length(
        any_store, sample_extraction):
    from kg.analytics import shortest_connection

    G = build_graph(sample_extraction)
    loaded = any_store
    loaded.load(annotate(G.copy()))
    lengths, differ = Counter(), []
    for source, target in connection_pairs(G):
        for max_hops in (2, 4):
            expected = shortest_connection(G, source, target, max_hops)
            rows = run(loaded, "shortest-connection", source=source, target=target,
                       max_hops=str(max_hops))
            lengths[expected and expected["hops"]] += 1
            if rows != ([expected] if expected else []):
                differ.append((source, target, max_hops, rows, expected))
    assert differ == []
    assert {1, 2, 3, 4} <= set(lengths)  # the pairs exercise every chain length


def test_neighbourhood_widens_with_depth(loaded):
    one = run(loaded, "neighbourhood", entity="双一流", depth="1")
    two = run(loaded, "neighbourhood", entity="双一流", depth="2")
    assert {r["distance"] for r in one} == {1}
    assert {r["name"] for r in one} < {r["name"] for r in two}


def test_co_participation_lists_shared_programmes(loaded):
    rows = run(loaded, "co-participation", institution="西浦")
    assert {(r["institution_a"], r["institution_b"]) for r in rows} >= {("苏州大学", "西交利物浦大学")}


def test_citations_and_most_cited(loaded):
    assert [r["year"] for r in run(loaded, "citing-documents", policy="中国教育现代化2035")] == [2023, 2024]
    top = run(loaded, "most-cited-policies")
    assert top[0] == {"policy": "中国教育现代化2035", "documents": 2, "citations": 2}


def test_communities_and_centrality_come_from_the_annotated_graph(loaded, sample_extraction):
    G = annotate(build_graph(sample_extraction))
    clusters = run(loaded, "communities")
    sizes = {}
    for n, d in G.nodes(data=True):
        if "community" in d:
            sizes[d["community"]] = sizes.get(d["community"], 0) + 1
    assert {r["community"]: r["size"] for r in clusters} == sizes
    [top] = run(loaded, "central-entities", limit="1")
    best = max((d["centrality"], n) for n, d in G.nodes(data=True) if "centrality" in d)
    assert top["name"] == G.nodes[best[1]]["name"]
