"""kg.graph.build_graph: one node per real thing, provenance on every edge."""
from __future__ import annotations

from collections import Counter

from kg.graph import build_graph
from kg.model import Entity, Extraction
from tests.fixtures.graphs import PLAN_2023, merge_extractions, plan_extraction


def nodes_named(G, name):
    return [n for n, d in G.nodes(data=True) if d["name"] == name]


def test_same_entity_in_two_documents_is_one_node_supported_by_both(sample_extraction):
    G = build_graph(sample_extraction)
    [node] = nodes_named(G, "郑和计划")
    assert G.nodes[node]["docs"] == sorted(d.id for d in sample_extraction.documents)


def test_entities_with_different_extractor_ids_merge_by_type_and_name(sample_extraction):
    renamed = [Entity("custom-id", e.type, e.name, ("别名",)) if e.name == "苏州大学" else e
               for e in sample_extraction.entities]
    mentions = [m if m.text != "苏州大学" else m.__class__(**{**m.__dict__, "entity": "custom-id"})
                for m in sample_extraction.mentions]
    G = build_graph(Extraction(sample_extraction.documents, tuple(renamed), tuple(mentions),
                               sample_extraction.relations, sample_extraction.targets,
                               sample_extraction.parsed))
    [node] = nodes_named(G, "苏州大学")
    assert G.nodes[node]["aliases"] == ["别名"]
    assert len(G.nodes[node]["docs"]) == 2


def test_aliases_from_every_document_are_merged():
    one = plan_extraction(PLAN_2023)
    other = plan_extraction(PLAN_2023)
    extra = tuple(Entity(e.id, e.type, e.name, ("中国科大",)) if e.name == "中国科学技术大学" else e
                  for e in other.entities)
    G = build_graph(merge_extractions([one, Extraction(other.documents, extra)]))
    [node] = nodes_named(G, "中国科学技术大学")
    assert G.nodes[node]["aliases"] == ["中国科大", "中科大"]


def test_structure_nodes_are_named_and_chained_item_section_document(sample_graph):
    items = [n for n, d in sample_graph.nodes(data=True) if d["label"] == "Item"]
    names = {sample_graph.nodes[n]["name"] for n in items}
    assert "3. 深化国际交流合作" in names
    for item in items:
        [(_, section, key)] = [e for e in sample_graph.out_edges(item, keys=True)
                               if e[2].startswith("PART_OF|")]
        assert sample_graph.nodes[section]["label"] == "Section"
        assert sample_graph.nodes[section]["name"].startswith(("一、", "二、"))
        [(_, doc)] = sample_graph.out_edges(section)
        assert sample_graph.nodes[doc]["label"] == "Document"


def test_relation_evidence_points_at_the_sentence_in_the_source(sample_extraction, sample_graph):
    sources = {d.id: d.source for d in sample_extraction.documents}
    checked = 0
    for u, v, key, data in sample_graph.edges(keys=True, data=True):
        assert key == f"{data['type']}|{data['doc']}"
        assert data["count"] == len(data["evidence"])
        for ev in data["evidence"]:
            assert sources[ev["doc"]][ev["start"]:ev["end"]] in ev["sentence"]
            checked += 1
    assert checked > 50


def test_one_edge_per_relation_and_document(sample_graph):
    inst = nodes_named(sample_graph, "苏州农业职业技术学院")[0]
    prog = nodes_named(sample_graph, "郑和计划")[0]
    edges = sample_graph.get_edge_data(inst, prog)
    assert sorted(e["type"] for e in edges.values()) == ["PARTICIPATES_IN", "PARTICIPATES_IN"]
    assert len({e["doc"] for e in edges.values()}) == 2


def test_mentions_become_mentioned_in_edges_to_items_with_text(sample_graph):
    node = nodes_named(sample_graph, "中国科学技术大学")[0]
    [(_, item, data)] = [e for e in sample_graph.out_edges(node, data=True)
                         if e[2]["type"] == "MENTIONED_IN"]
    assert sample_graph.nodes[item]["label"] == "Item"
    assert [ev["text"] for ev in data["evidence"]] == ["中科大"]


def test_targets_hang_off_their_programme_or_else_their_item(sample_graph):
    owners = Counter()
    for n, d in sample_graph.nodes(data=True):
        if d["label"] == "Target":
            [(owner, _, data)] = sample_graph.in_edges(n, data=True)
            assert data["type"] == "HAS_TARGET"
            owners[sample_graph.nodes[owner]["label"]] += 1
    assert owners == {"Programme": 3, "Item": 1}
    names = {d["name"] for _, d in sample_graph.nodes(data=True) if d["label"] == "Target"}
    assert "30所 “园丁先锋”党建示范学校" in names


def test_citations_link_document_to_policy(sample_graph):
    [policy] = nodes_named(sample_graph, "中国教育现代化2035")
    citing = {sample_graph.nodes[u]["label"] for u, _, d in sample_graph.in_edges(policy, data=True)
              if d["type"] == "CITES"}
    assert citing == {"Document"}
    assert len(sample_graph.nodes[policy]["docs"]) == 2


def test_building_twice_gives_identical_graphs(sample_extraction):
    a, b = build_graph(sample_extraction), build_graph(sample_extraction)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_an_empty_extraction_gives_an_empty_graph():
    assert build_graph(Extraction()).number_of_nodes() == 0
