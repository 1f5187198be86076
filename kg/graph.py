"""Build one networkx MultiDiGraph from an Extraction of any number of documents.

The conventions (node keys, attributes, edge keys, provenance) are shared with the
store and viz code; see ``build_graph``. Analytics over the built graph live in
``kg.analytics`` and are re-exported here so callers need one import.
"""
from __future__ import annotations

import os
from collections import defaultdict
from typing import Any, Iterable

import networkx as nx

from kg.model import Entity, Extraction, Target
from kg.schema import NODE_LABELS, STRUCTURE_LABELS

LABELS = NODE_LABELS


def build_graph(extraction: Extraction) -> nx.MultiDiGraph:
    """Merge every document of ``extraction`` into one ``MultiDiGraph``.

    Nodes are keyed by id. Entities of the same type and canonical name become one node
    (their aliases merged), whatever id the extractor gave them. Each node has ``label``,
    ``name``, ``aliases`` and ``docs`` (the sorted ids of the documents that support it).
    Edges are keyed ``"{type}|{doc}"``: one edge per relation type, end points and
    document, with ``type``, ``doc``, ``evidence`` (dicts ``{doc, item, start, end,
    sentence}``; ``text`` too on MENTIONED_IN) and ``count``.

    >>> from kg.model import Document, Entity, Evidence, Extraction, Relation
    >>> d = Document("d1", "plan.txt", "苏州大学参与郑和计划。", "txt", title="计划")
    >>> a, b = Entity("i1", "Institution", "苏州大学"), Entity("p1", "Programme", "郑和计划")
    >>> ev = Evidence("d1", 0, 11, "苏州大学参与郑和计划。")
    >>> r = Relation("r1", "PARTICIPATES_IN", "i1", "p1", (ev,))
    >>> G = build_graph(Extraction((d,), (a, b), (), (r,)))
    >>> sorted(G.nodes[n]["name"] for n in G)
    ['苏州大学', '计划', '郑和计划']
    >>> [(k, e["count"]) for _, _, k, e in G.edges(keys=True, data=True)]
    [('PARTICIPATES_IN|d1', 1)]
    """
    G = nx.MultiDiGraph()
    _add_structure(G, extraction)
    entity_node = _add_entities(G, extraction.entities)
    _add_mentions(G, extraction, entity_node)
    _add_relations(G, extraction, entity_node)
    _add_targets(G, extraction.targets, entity_node)
    _finish(G)
    return G


def entity_node_id(type: str, name: str) -> str:
    """The node id of an entity: derived from type and canonical name only."""
    return Entity.id_for(type, name)


def _add_structure(G: nx.MultiDiGraph, extraction: Extraction) -> None:
    for doc in extraction.documents:
        G.add_node(
            doc.id,
            label="Document",
            name=doc.title or os.path.basename(doc.path) or doc.id,
            aliases=[],
            docs={doc.id},
            title=doc.title,
            issuer=doc.issuer,
            place=doc.place,
            year=doc.year,
            path=doc.path,
        )
    for parsed in extraction.parsed:
        for s in parsed.sections:
            G.add_node(
                s.id, label="Section", name=f"{s.label}、{s.title}", aliases=[],
                docs={s.doc}, doc=s.doc, number=s.number, title=s.title,
                start=s.start, end=s.end,
            )
            if s.doc in G:
                _add_edge(G, s.id, s.doc, "PART_OF", s.doc, [])
        for it in parsed.items:
            G.add_node(
                it.id, label="Item", name=f"{it.number}. {it.title}", aliases=[],
                docs={it.doc}, doc=it.doc, section=it.section, number=it.number,
                title=it.title, start=it.start, end=it.end,
            )
            parent = it.section if it.section in G else it.doc
            if parent in G:
                _add_edge(G, it.id, parent, "PART_OF", it.doc, [])


def _add_entities(G: nx.MultiDiGraph, entities: Iterable[Entity]) -> dict[str, str]:
    """Add one node per (type, canonical name); return extractor id → node id."""
    node_of: dict[str, str] = {}
    for ent in entities:
        node = entity_node_id(ent.type, ent.name)
        node_of[ent.id] = node
        if node not in G:
            G.add_node(node, label=ent.type, name=ent.name, aliases=set(), docs=set())
        G.nodes[node]["aliases"].update(a for a in ent.aliases if a != ent.name)
    return node_of


def _evidence(doc: str, item: str | None, start: int, end: int, sentence: str | None,
              **extra: Any) -> dict[str, Any]:
    return {"doc": doc, "item": item, "start": start, "end": end,
            "sentence": sentence or "", **extra}


def _add_edge(G: nx.MultiDiGraph, u: str, v: str, type: str, doc: str,
              evidence: list[dict[str, Any]]) -> None:
    key = f"{type}|{doc}"
    if G.has_edge(u, v, key):
        G.edges[u, v, key]["evidence"].extend(evidence)
    else:
        G.add_edge(u, v, key=key, type=type, doc=doc, evidence=list(evidence))
    for n in (u, v):
        G.nodes[n]["docs"].add(doc)


def _add_mentions(G: nx.MultiDiGraph, extraction: Extraction, node_of: dict[str, str]) -> None:
    for m in extraction.mentions:
        node = node_of.get(m.entity)
        if node is None or m.doc not in G:
            continue
        # A mention outside any known item hangs off its document, so it is never lost.
        where = m.item if m.item in G else m.doc
        _add_edge(G, node, where, "MENTIONED_IN", m.doc,
                  [_evidence(m.doc, m.item, m.start, m.end, m.sentence, text=m.text)])


def _end(ref: str, node_of: dict[str, str], G: nx.MultiDiGraph) -> str | None:
    node = node_of.get(ref, ref)
    return node if node in G else None


def _add_relations(G: nx.MultiDiGraph, extraction: Extraction, node_of: dict[str, str]) -> None:
    for rel in extraction.relations:
        u, v = _end(rel.source, node_of, G), _end(rel.target, node_of, G)
        if u is None or v is None:
            continue
        by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for ev in rel.evidence:
            by_doc[ev.doc].append(_evidence(ev.doc, ev.item, ev.start, ev.end, ev.sentence))
        if not by_doc:
            # Without evidence the only provenance is a document at one end.
            doc = next((n for n in (u, v) if G.nodes[n]["label"] == "Document"), None)
            if doc is None:
                continue
            by_doc[doc] = []
        for doc, evidence in by_doc.items():
            _add_edge(G, u, v, rel.type, doc, evidence)


def target_name(t: Target) -> str:
    q = t.quantity
    if isinstance(q, float) and q.is_integer():
        q = int(q)
    return f"{q}{t.unit} {t.object}"


def _add_targets(G: nx.MultiDiGraph, targets: Iterable[Target], node_of: dict[str, str]) -> None:
    for t in targets:
        if t.doc not in G:
            continue
        G.add_node(
            t.id, label="Target", name=target_name(t), aliases=[], docs=set(),
            quantity=t.quantity, unit=t.unit, object=t.object, deadline=t.deadline,
            doc=t.doc, item=t.item, start=t.start, end=t.end, sentence=t.sentence,
        )
        owner = _end(t.subject, node_of, G) if t.subject else None
        if owner is None:
            owner = t.item if t.item in G else t.doc
        _add_edge(G, owner, t.id, "HAS_TARGET", t.doc,
                  [_evidence(t.doc, t.item, t.start, t.end, t.sentence)])


def _finish(G: nx.MultiDiGraph) -> None:
    """Make attribute values deterministic plain lists and fill ``count``."""
    for _, data in G.nodes(data=True):
        data["aliases"] = sorted(data["aliases"])
        data["docs"] = sorted(data["docs"])
    for _, _, data in G.edges(data=True):
        unique = {(e["doc"], e["item"], e["start"], e["end"]): e for e in data["evidence"]}
        data["evidence"] = [unique[k] for k in sorted(unique, key=_evidence_order)]
        data["count"] = len(data["evidence"])


def _evidence_order(key: tuple) -> tuple:
    doc, item, start, end = key
    return (doc, start, end, item or "")


# Analytics are graph-first functions; importing them here gives ``kg.graph.annotate`` etc.
from kg.analytics import (  # noqa: E402
    annotate,
    centrality,
    co_participation,
    communities,
    compare_documents,
    find,
    institutions_in,
    neighbourhood,
    participation_table,
    programme_profile,
    programmes_of,
    resolve,
)

__all__ = [
    "LABELS", "STRUCTURE_LABELS", "build_graph", "entity_node_id", "resolve", "target_name",
    "annotate", "centrality", "co_participation", "communities", "compare_documents", "find",
    "institutions_in", "neighbourhood", "participation_table", "programme_profile",
    "programmes_of",
]
