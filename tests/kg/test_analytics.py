"""kg.analytics: the questions analysts ask, answered on the in-memory graph."""
from __future__ import annotations

import doctest

import networkx as nx
import pytest

import kg.analytics
from kg.analytics import (
    annotate, centrality, co_participation, communities, compare_documents, find,
    institutions_in, neighbourhood, participation_table, programme_profile, programmes_of,
    resolve,
)
from kg.errors import NoResults
from kg.graph import build_graph
from tests.fixtures.graphs import INJECTION


def names(G, nodes):
    return [G.nodes[n]["name"] for n in nodes]


def test_docstring_examples_run():
    result = doctest.testmod(kg.analytics)
    assert result.attempted >= 10 and result.failed == 0


def test_an_entity_is_found_by_alias(sample_graph):
    assert sample_graph.nodes[resolve(sample_graph, "西浦")]["name"] == "西交利物浦大学"


def test_an_unknown_entity_raises_no_results(sample_graph):
    with pytest.raises(NoResults, match="不存在"):
        resolve(sample_graph, "不存在")


def test_programmes_of_an_institution_across_documents(sample_graph):
    rows = programmes_of(sample_graph, "西交利物浦大学")
    assert [r["name"] for r in rows] == ["智慧教育示范区", "郑和计划"]


def test_institutions_in_a_programme_most_evidence_first(sample_graph):
    rows = institutions_in(sample_graph, "郑和计划")
    assert rows[0]["name"] == "苏州农业职业技术学院" and rows[0]["count"] == 2
    assert {r["name"] for r in rows} == {"苏州农业职业技术学院", "苏州市职业大学", "西交利物浦大学", INJECTION}


def test_participation_table_has_one_row_per_pair(sample_graph):
    rows = participation_table(sample_graph)
    pairs = [(r["institution"], r["programme"]) for r in rows]
    assert len(pairs) == len(set(pairs)) == 11
    assert ("中国科学技术大学", "双一流") in pairs


def test_programme_profile_gathers_bodies_places_targets_and_sentences(sample_graph):
    p = programme_profile(sample_graph, "园丁先锋")
    assert {b["name"] for b in p["bodies"]} == {"苏州市教育局"}
    assert sorted(t["quantity"] for t in p["targets"]) == [30, 50, 60]
    assert all(e["sentence"] for e in p["evidence"])
    places = programme_profile(sample_graph, "郑和计划")["places"]
    assert places == ["苏州工业园区", "黑角市"]


def test_co_participation_links_institutions_sharing_a_programme(sample_graph):
    H = co_participation(sample_graph)
    a, b = resolve(sample_graph, "苏州大学"), resolve(sample_graph, "西交利物浦大学")
    assert H.edges[a, b]["programmes"] == ["智慧教育示范区"]
    assert H.edges[a, b]["weight"] == 1


def test_communities_cover_each_entity_once_and_are_reproducible(sample_graph):
    first, second = communities(sample_graph), communities(sample_graph)
    assert first == second
    members = [n for c in first for n in c]
    assert len(members) == len(set(members))
    assert len(first) > 1


def test_the_most_central_entity_is_a_hub(sample_graph):
    scores = centrality(sample_graph)
    top = max(scores, key=scores.get)
    assert sample_graph.nodes[top]["label"] in {"Programme", "Institution"}
    assert scores[top] > 0


def test_annotate_writes_community_centrality_and_degree_on_entities_only(sample_extraction):
    G = annotate(build_graph(sample_extraction))
    for _, d in G.nodes(data=True):
        has = {"community", "centrality", "degree"} <= d.keys()
        assert has == (d["label"] in {"Institution", "Body", "Programme", "Place", "Policy"})
    assert {d["community"] for _, d in G.nodes(data=True) if "community" in d} == set(
        range(len(communities(G))))


def test_compare_documents_by_year(sample_graph):
    diff = compare_documents(sample_graph, "2023", 2024)
    assert diff["new"] == ["智慧教育示范区"]
    assert diff["continued"] == ["园丁先锋", "郑和计划"]
    assert "双一流" in diff["dropped"]


def test_compare_documents_by_title_and_unknown_document(sample_graph):
    diff = compare_documents(sample_graph, "苏州市2024年全市教育工作要点", "苏州市2023年全市教育工作要点")
    assert diff["dropped"] == ["智慧教育示范区"]
    with pytest.raises(NoResults):
        compare_documents(sample_graph, 1999, 2024)


def test_find_matches_names_and_aliases_by_fragment(sample_graph):
    assert names(sample_graph, find(sample_graph, "科大")) == ["中国科学技术大学"]
    assert names(sample_graph, find(sample_graph, "苏州"))[0] == "苏州"  # exact match first
    assert names(sample_graph, find(sample_graph, "DETACH")) == [INJECTION]
    assert names(sample_graph, find(sample_graph, "detach")) == [INJECTION]


def test_neighbourhood_grows_with_depth(sample_graph):
    one = neighbourhood(sample_graph, "双一流", 1)
    two = neighbourhood(sample_graph, "双一流", 2)
    assert isinstance(one, nx.MultiDiGraph)
    assert "苏州市财政局" in names(one, one)
    assert set(one) < set(two)
