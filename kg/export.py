"""Read the stored graph back and write it out: GraphML (Gephi), node-link JSON, and the
CSV files ``neo4j-admin database import`` takes. Also the plain-text table of ``kg query``.

``read_graph(store)`` is the inverse of ``Store.load``: the same MultiDiGraph conventions
as ``kg.graph.build_graph`` (evidence as lists of dicts), so analytics and pages work on a
store's contents.
"""
from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Mapping

import networkx as nx

import queries
from kg import schema
from kg.errors import UsageError

FORMATS = ("graphml", "json", "csv")
ARRAY_DELIMITER = "|"  # neo4j-admin --array-delimiter; "|" in a value becomes "｜"
# Property types for the neo4j-admin header (``name:type``); the rest are strings.
CSV_TYPES = {"year": "int", "number": "int", "start": "long", "end": "long",
             "quantity": "double", "community": "int", "centrality": "double",
             "degree": "int", "count": "int",
             "evidence_start": "long[]", "evidence_end": "long[]"}
LIST_PROPERTIES = {"aliases", "docs", *(schema.EVIDENCE_PREFIX + f for f in schema.EVIDENCE_FIELDS)}


def read_graph(store: Any) -> nx.MultiDiGraph:
    """The store's whole graph as a MultiDiGraph in ``build_graph`` conventions."""
    G = nx.MultiDiGraph()
    nodes = queries.internal("export-nodes")
    for row in store.run(nodes.text, nodes.bind({})):
        props = dict(row["props"])
        props.pop("id", None)
        props.setdefault("aliases", [])
        props.setdefault("docs", [])
        G.add_node(row["id"], **props)
    edges = queries.internal("export-edges")
    for row in store.run(edges.text, edges.bind({})):
        props = dict(row["props"])
        props.pop("count", None)
        props.pop("type", None)  # the relationship type is the truth
        evidence = _evidence_dicts(props, row["type"])
        G.add_edge(row["source"], row["target"], key=f"{row['type']}|{props.get('doc')}",
                   **props, type=row["type"], evidence=evidence, count=len(evidence))
    return G


def _evidence_dicts(props: dict[str, Any], type_: str) -> list[dict[str, Any]]:
    """Parallel ``evidence_*`` lists back to dicts; stand-ins ("" / -1) back to None."""
    lists = {f: props.pop(schema.EVIDENCE_PREFIX + f, []) for f in schema.EVIDENCE_FIELDS}
    size = max((len(v) for v in lists.values()), default=0)
    out = []
    for i in range(size):
        ev = {}
        for f, missing in schema.EVIDENCE_FIELDS.items():
            value = lists[f][i] if i < len(lists[f]) else missing
            ev[f] = None if value == missing and f in ("item", "start", "end") else value
        if type_ != "MENTIONED_IN":
            ev.pop("text", None)
        out.append(ev)
    return out


def _flat(value: Any) -> Any:
    """A GraphML-safe value: lists and dicts as JSON text, None left out by the caller."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    """GraphML that Gephi opens: list attributes (aliases, docs, evidence) as JSON text."""
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: _flat(v) for k, v in d.items() if v is not None})
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{a: _flat(b) for a, b in d.items() if b is not None})
    nx.write_graphml(H, path, encoding="utf-8")


def write_json(G: nx.MultiDiGraph, path: Path) -> None:
    """networkx node-link JSON (``nodes``, ``edges``), loadable with ``nx.node_link_graph``."""
    data = nx.node_link_data(G, edges="edges")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "｜") for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _header(name: str) -> str:
    kind = CSV_TYPES.get(name, "string[]" if name in LIST_PROPERTIES else "")
    return f"{name}:{kind}" if kind else name


def write_csv(G: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """``nodes.csv`` and ``relationships.csv`` for ``neo4j-admin database import full``.

    Nodes carry ``id:ID`` (which the importer also stores as the ``id`` property, as the
    stores have it: a second ``id`` column is refused as a duplicate header), two ``:LABEL``
    columns (``KGNode``, then the node's own label) and the ``label`` property the queries
    read; relationships carry ``:START_ID``, ``:END_ID``, ``:TYPE``. Lists use
    the array delimiter ``|`` (pass ``--array-delimiter="|"``). An empty cell imports as no
    property, so an empty list, or a list holding only "", is absent after the import
    (``read_graph`` reads both back as the stores hold them).
    """
    folder.mkdir(parents=True, exist_ok=True)
    node_keys = sorted({k for _, d in G.nodes(data=True) for k in d} - {"evidence"})
    nodes_path, rels_path = folder / "nodes.csv", folder / "relationships.csv"
    with nodes_path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["id:ID", ":LABEL", ":LABEL", *(_header(k) for k in node_keys)])
        for n, d in sorted(G.nodes(data=True)):
            out.writerow([n, schema.BASE_LABEL, d["label"],
                          *(_csv_cell(d.get(k)) for k in node_keys)])
    evidence = [schema.EVIDENCE_PREFIX + f for f in schema.EVIDENCE_FIELDS]
    with rels_path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow([":START_ID", ":END_ID", ":TYPE", "doc", _header("count"),
                      *(_header(k) for k in evidence)])
        for u, v, d in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"], e[2]["doc"])):
            lists = {k: [] for k in evidence}
            for ev in d.get("evidence") or ():
                for f, missing in schema.EVIDENCE_FIELDS.items():
                    value = ev.get(f)
                    lists[schema.EVIDENCE_PREFIX + f].append(missing if value is None else value)
            out.writerow([u, v, d["type"], d["doc"], d.get("count", 0),
                          *(_csv_cell(lists[k]) for k in evidence)])
    return [nodes_path, rels_path]


def export(G: nx.MultiDiGraph, fmt: str, out: Path) -> list[Path]:
    """Write ``G`` as ``fmt`` (graphml | json | csv) to ``out`` (a folder for csv)."""
    if fmt == "graphml":
        write_graphml(G, out)
    elif fmt == "json":
        write_json(G, out)
    elif fmt == "csv":
        return write_csv(G, out)
    else:
        raise UsageError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    return [out]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def text_table(rows: Iterable[Mapping[str, Any]], max_width: int = 60) -> str:
    """Rows as an aligned plain-text table (wide CJK characters count double)."""
    from kg.report import cell_text

    rows = list(rows)
    if not rows:
        return ""
    columns = list(dict.fromkeys(k for r in rows for k in r))

    def clip(value: Any) -> str:
        text = cell_text(value).replace("\n", " ")
        if _width(text) <= max_width:
            return text
        while _width(text) > max_width - 1:
            text = text[:-1]
        return text + "…"

    cells = [[clip(r.get(c)) for c in columns] for r in rows]
    widths = [max(_width(c), *(_width(row[i]) for row in cells)) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    return "\n".join([line(columns), line(["-" * w for w in widths]), *map(line, cells)])
