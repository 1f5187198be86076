"""The graph schema, written once as data: labels, relation types, keys and indexes.

Both stores apply it (``Store.apply_schema``) and the write Cypher is filled in from these
constants only, so a label or relation type in a query text never comes from user input.

How the networkx graph (see ``kg.graph.build_graph``) is stored:

- Every node carries its own label (``Institution``, ``Item``, ...) plus ``BASE_LABEL``
  (``KGNode``), which holds the unique ``id`` key. The base label lets one index find any
  node by id and lets ``reset`` touch only this project's nodes in a shared Neo4j. Queries
  should read the type from the ``label`` property, not from ``labels(n)``.
- ``docs`` on a node is managed by the store: the ids of the *loaded* documents that
  support the node, in load order. A node whose ``docs`` becomes empty is deleted.
- Property values must be primitives or lists of primitives (neither store accepts maps),
  so an edge's ``evidence`` list of dicts is stored as parallel lists, one per field:
  ``evidence_doc``, ``evidence_item``, ``evidence_start``, ``evidence_end``,
  ``evidence_sentence`` and ``evidence_text``; position i of each list is evidence i.
  A missing string is stored as ``""`` and a missing offset as ``-1`` (lists cannot hold
  null). ``count`` is the number of evidence entries.
- A ``Document`` node also gets ``load_hash``: a digest of everything written for it, so
  loading the same document again is recognised and skipped.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.model import ENTITY_TYPES
from kg.model import RELATION_TYPES as EXTRACTED_RELATIONS

BASE_LABEL = "KGNode"
KEY = "id"

ENTITY_LABELS = ENTITY_TYPES
STRUCTURE_LABELS = ("Document", "Section", "Item", "Target")
NODE_LABELS = ("Document", "Section", "Item", *ENTITY_LABELS, "Target")

RELATION_TYPES = ("PART_OF", *EXTRACTED_RELATIONS)

# The evidence dict fields, in the order of the parallel lists, with the stand-in for None.
EVIDENCE_FIELDS = {"doc": "", "item": "", "start": -1, "end": -1, "sentence": "", "text": ""}
EVIDENCE_PREFIX = "evidence_"

# Properties written per label (beyond id, label, name, aliases, docs on every node).
NODE_PROPERTIES = {
    "Document": ("title", "issuer", "place", "year", "path", "load_hash"),
    "Section": ("doc", "number", "title", "start", "end"),
    "Item": ("doc", "section", "number", "title", "start", "end"),
    "Target": ("quantity", "unit", "object", "deadline", "doc", "item", "start", "end",
               "sentence"),
    **{label: ("community", "centrality", "degree") for label in ENTITY_LABELS},
}
# Written by ``kg.graph.annotate`` over the whole graph, not by any one document.
ANALYTICS_PROPERTIES = ("community", "centrality", "degree")
EDGE_PROPERTIES = ("doc", "count", *(EVIDENCE_PREFIX + f for f in EVIDENCE_FIELDS))

# Indexes, besides the unique key on BASE_LABEL.id: (label, property).
NODE_INDEXES = (
    *((label, "name") for label in NODE_LABELS),
    ("Document", "path"),
    *((label, "doc") for label in ("Section", "Item", "Target")),
)
# Relationship indexes: every type on ``doc``, so one document's edges are found directly.
EDGE_INDEXES = tuple((rel, "doc") for rel in RELATION_TYPES)


@dataclass(frozen=True)
class Relation:
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    meaning: str


# Which labels each relation connects (documentation, and checked by the tests).
RELATIONS = (
    Relation("PART_OF", ("Item", "Section"), ("Section", "Document"),
             "an item belongs to a section, a section to its document"),
    Relation("MENTIONED_IN", ENTITY_LABELS, ("Item", "Document"),
             "an entity is named in an item (or outside any item, in the document)"),
    Relation("PARTICIPATES_IN", ("Institution",), ("Programme",),
             "an institution takes part in a programme"),
    Relation("RESPONSIBLE_FOR", ("Body",), ("Item", "Programme"), "a body is responsible"),
    Relation("LEADS", ("Body",), ("Item", "Programme"), "a body leads (牵头)"),
    Relation("SUPPORTS", ("Body",), ("Item", "Programme"), "a body supports (配合)"),
    Relation("PARTNERS_WITH", ("Institution",), ("Institution", "Place"), "a partnership"),
    Relation("LOCATED_IN", ("Institution", "Place"), ("Place",),
             "where an institution (or a smaller place) is"),
    Relation("HAS_TARGET", ("Programme", "Item", "Document"), ("Target",),
             "a quantified target (30所 …) set for a programme or item"),
    Relation("CITES", ("Document",), ("Policy", "Programme"),
             "a document cites a policy 《…》 (a cited plan that is also a programme is one node)"),
)

IDENTIFIERS = frozenset(
    (BASE_LABEL, KEY, *NODE_LABELS, *RELATION_TYPES, *EDGE_PROPERTIES,
     *(p for props in NODE_PROPERTIES.values() for p in props),
     *(p for _, p in NODE_INDEXES), "name", "aliases", "docs", "label")
)


def describe() -> str:
    """The schema as Markdown tables (for the README and ``kg stats``)."""
    lines = ["| label | key | properties |", "|---|---|---|"]
    for label in NODE_LABELS:
        props = ", ".join(("label", "name", *(("aliases",) if label in ENTITY_LABELS else ()),
                           *NODE_PROPERTIES[label], "docs"))
        lines.append(f"| `{label}` (+`{BASE_LABEL}`) | `{KEY}` (unique) | {props} |")
    lines += ["", "| relation | from → to | meaning |", "|---|---|---|"]
    for rel in RELATIONS:
        lines.append(f"| `{rel.type}` | {'/'.join(rel.source)} → {'/'.join(rel.target)} "
                     f"| {rel.meaning} |")
    lines += ["", "Every relation has " + ", ".join(f"`{p}`" for p in EDGE_PROPERTIES) + "."]
    indexed = ", ".join(f"{label}.{prop}" for label, prop in NODE_INDEXES)
    lines.append(f"Indexed: {BASE_LABEL}.{KEY} (unique), {indexed}, and `doc` on every "
                 "relation type.")
    return "\n".join(lines)
