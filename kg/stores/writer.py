"""Turn the networkx graph into per-document batches of rows for ``UNWIND $rows`` writes.

A document's batch holds every node the document supports (``docs`` contains it) and
every edge it carries (``doc`` is it), converted to store-ready property values as
``kg.schema`` describes: evidence dicts become parallel lists, None is left out (or
stands in as ``""`` / ``-1`` inside lists). ``load_hash`` digests the batch so a store can
tell an unchanged document from a changed one. Graph-wide analytics (community,
centrality, degree) are not a document's facts: they are written separately, for all nodes.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

import networkx as nx

from kg import schema
from kg.errors import UsageError
from kg.stores.cypher import edge_param, node_param

# Attributes the store manages itself or keeps out of ``props``.
_NOT_PROPS = {"id", "label", "aliases", "docs", "evidence", *schema.ANALYTICS_PROPERTIES}


@dataclass
class DocumentBatch:
    doc: str
    path: str | None
    nodes: dict[str, list[dict]] = field(default_factory=dict)  # label → rows
    edges: dict[str, list[dict]] = field(default_factory=dict)  # type → rows
    load_hash: str = ""

    @property
    def node_count(self) -> int:
        return sum(map(len, self.nodes.values()))

    @property
    def edge_count(self) -> int:
        return sum(map(len, self.edges.values()))

    def params(self) -> dict[str, Any]:
        """The parameters of ``cypher.document_statement``: one list per label and type."""
        out: dict[str, Any] = {"doc": self.doc}
        for label in schema.NODE_LABELS:
            out[node_param(label)] = self.nodes.get(label, [])
        for rel in schema.RELATION_TYPES:
            out[edge_param(rel)] = self.edges.get(rel, [])
        return out


def document_ids(G: nx.MultiDiGraph) -> list[str]:
    """The Document nodes of ``G``, in a stable order."""
    return sorted(n for n, d in G.nodes(data=True) if d.get("label") == "Document")


def _value(v: Any) -> Any:
    if isinstance(v, (set, frozenset, tuple)):
        v = sorted(v) if isinstance(v, (set, frozenset)) else list(v)
    if isinstance(v, list):
        return ["" if x is None else x for x in v]
    return v


def _props(data: dict[str, Any]) -> dict[str, Any]:
    # Maps are passed through on purpose: the store rejects them, and the document's
    # write is rolled back as a whole (that is the fault the tests inject).
    return {k: _value(v) for k, v in data.items() if k not in _NOT_PROPS and v is not None}


def _evidence_lists(evidence: Iterable[dict]) -> dict[str, list]:
    lists: dict[str, list] = {schema.EVIDENCE_PREFIX + f: [] for f in schema.EVIDENCE_FIELDS}
    for ev in evidence:
        for f, missing in schema.EVIDENCE_FIELDS.items():
            v = ev.get(f)
            lists[schema.EVIDENCE_PREFIX + f].append(missing if v is None else v)
    return lists


def document_batches(G: nx.MultiDiGraph, docs: Iterable[str] | None = None
                     ) -> Iterator[DocumentBatch]:
    """Everything ``G`` says on the authority of each document, as rows (one pass over G)."""
    wanted = list(docs) if docs is not None else document_ids(G)
    for doc in wanted:
        if doc not in G or G.nodes[doc].get("label") != "Document":
            raise UsageError(f"{doc!r} is not a document of the graph")
    batches = {doc: DocumentBatch(doc=doc, path=G.nodes[doc].get("path")) for doc in wanted}
    for node, attrs in G.nodes(data=True):
        supporting = [batches[d] for d in attrs.get("docs", ()) if d in batches]
        if node in batches and batches[node] not in supporting:
            supporting.append(batches[node])
        if not supporting:
            continue
        label = attrs.get("label")
        if label not in schema.NODE_LABELS:
            raise ValueError(f"node {node!r} has label {label!r}, not one of the schema's")
        props = {**_props(attrs), "label": label}
        for batch in supporting:
            batch.nodes.setdefault(label, []).append(
                {"id": node, "props": dict(props), "aliases": _value(attrs.get("aliases") or [])})
    for u, v, attrs in G.edges(data=True):
        batch = batches.get(attrs.get("doc"))
        if batch is None:
            continue
        rel = attrs.get("type")
        if rel not in schema.RELATION_TYPES:
            raise ValueError(f"edge {u!r}->{v!r} has type {rel!r}, not one of the schema's")
        evidence = attrs.get("evidence") or []
        props = {**_props(attrs), **_evidence_lists(evidence), "count": len(evidence)}
        props.pop("doc", None)  # the MERGE key, set by the statement
        props.pop("type", None)  # it is the relationship type
        batch.edges.setdefault(rel, []).append({"source": u, "target": v, "props": props})
    for doc in wanted:
        batch = batches.pop(doc)
        for rows in (*batch.nodes.values(), *batch.edges.values()):
            rows.sort(key=_row_order)
        batch.load_hash = _digest(batch)
        # The hash travels with the Document node, so it is written in the same statement.
        for row in batch.nodes.get("Document", []):
            if row["id"] == doc:
                row["props"]["load_hash"] = batch.load_hash
        yield batch


def analytics_rows(G: nx.MultiDiGraph) -> list[dict]:
    """Rows {id, props} of the graph-wide analytics (community, centrality, degree)."""
    rows = []
    for node, attrs in G.nodes(data=True):
        props = {k: attrs[k] for k in schema.ANALYTICS_PROPERTIES if attrs.get(k) is not None}
        if props:
            rows.append({"id": node, "props": props})
    return rows


def _row_order(row: dict) -> tuple:
    return (row.get("id") or "", row.get("source") or "", row.get("target") or "")


def _digest(batch: DocumentBatch) -> str:
    # Aliases are left out: they are merged across all documents of the graph, so they
    # change when *other* documents are added; the store keeps their union anyway.
    nodes = {label: [{**row, "aliases": None} for row in rows] for label, rows in batch.nodes.items()}
    text = json.dumps([nodes, batch.edges], sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
