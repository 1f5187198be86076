"""What a graph page shows: a part of a graph (``select_subgraph``) or of a store
(``stored_graph``). The part remembers the whole graph it came from (``source_graph``),
where evidence and the names of left-out documents and items live.
"""
from __future__ import annotations

from typing import Any, Iterable

import networkx as nx

from kg.errors import NoResults, UsageError
from kg.schema import NODE_LABELS




def _document_ids(G: nx.MultiDiGraph, refs: Iterable[str | int]) -> set[str]:
    from kg.analytics import _docs_for  # one resolver for id / title / path / year

    found: set[str] = set()
    for ref in refs:
        try:
            found |= _docs_for(G, ref)
        except NoResults as err:
            raise UsageError(str(err)) from None
    return found


def select_subgraph(
    G: nx.MultiDiGraph,
    *,
    entity: str | None = None,
    depth: int = 1,
    types: Iterable[str] | None = None,
    docs: Iterable[str | int] | None = None,
) -> nx.MultiDiGraph:
    """The part of ``G`` a page shows: around ``entity`` (name, alias or id) within
    ``depth`` hops, only nodes of ``types`` (labels), only what ``docs`` (ids, titles,
    paths or years) support. The copy remembers ``G`` (``graph["kg_source"]``), so a page
    of it still shows each entity's mentions and the names of documents and items that
    were left out.
    """
    from kg.graph import neighbourhood, resolve

    H, focus = G, None
    if entity:
        if depth < 0:
            raise UsageError(f"depth must be 0 or more, not {depth}")
        focus = resolve(G, entity)
        H = neighbourhood(G, focus, depth)
    keep = set(H)
    if types:
        wanted = set(types)
        unknown = wanted - set(NODE_LABELS)
        if unknown:
            raise UsageError(f"unknown type {', '.join(sorted(unknown))}; "
                             f"choose from {', '.join(NODE_LABELS)}")
        keep = {n for n in keep if H.nodes[n].get("label") in wanted}
    doc_ids = _document_ids(source_graph(G), docs) if docs else None
    if doc_ids is not None:
        keep = {n for n in keep if doc_ids.intersection(H.nodes[n].get("docs") or ())}
    S = nx.MultiDiGraph(H.subgraph(keep))
    if doc_ids is not None:
        S.remove_edges_from([(u, v, k) for u, v, k, d in S.edges(keys=True, data=True)
                             if d.get("doc") not in doc_ids])
    S.graph.update(G.graph)
    S.graph["kg_source"] = source_graph(G)
    if doc_ids is not None:
        S.graph["kg_docs"] = sorted(doc_ids)
    if focus is not None:
        S.graph["kg_focus"] = focus  # the page opens with it selected
    return S


def source_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The whole graph ``G`` was selected from: where its evidence and names live."""
    return G.graph.get("kg_source", G)


def stored_graph(store: Any, *, query: str | None = None,
                 params: dict[str, Any] | None = None) -> nx.MultiDiGraph:
    """The graph in ``store`` (``kg.export.read_graph``), or only the entities named in
    the rows of canned query ``query`` run with ``params`` (the same rows-to-graph rule as
    ``kg serve``'s graph view). Raises ``NoResults`` when there is nothing to draw."""
    from kg.export import read_graph

    G = read_graph(store)
    if not G.number_of_nodes():
        raise NoResults("the store is empty: run `kg build` first")
    if query is None:
        return G
    import queries
    from kg.serve.explorer import GraphExplorer

    queries.get(query)  # an unknown name is a usage error with suggestions
    explorer = GraphExplorer(store, G)
    table = explorer.run(query, {k: str(v) for k, v in (params or {}).items()})
    if not len(table):
        raise NoResults(f"{query}: no rows")
    H = explorer.rows_graph(table)
    if not H.number_of_nodes():
        raise NoResults(f"{query}: the rows name no node of the graph")
    H.graph["kg_source"] = G
    return H
