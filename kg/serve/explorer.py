"""What the web app asks of the knowledge graph, answered by library functions only.

Canned queries run on the store through the registry (``queries.get(name).bind``);
search, entity profiles and graph views use the graph analytics of ``kg.graph`` on a
snapshot of the graph read once when the app starts. No Cypher is written here.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, Mapping
from urllib.parse import quote

import networkx as nx

import queries
from kg.errors import NoResults, UsageError
from kg.export import read_graph
from kg.graph import find, neighbourhood
from kg.model import ENTITY_TYPES
from kg.report import Table, profile_tables, query_table, relations_table

SEARCH_LIMIT = 50
GRAPH_LIMIT = 400  # nodes in one graph view; a browser tab stays responsive below this


class GraphExplorer:
    """Read-only access for the web app: canned queries on ``store``, analytics on ``graph``."""

    def __init__(self, store: Any, graph: nx.MultiDiGraph):
        self.store = store
        self.graph = graph
        self._by_name: dict[str, str] = {}
        for n, d in graph.nodes(data=True):
            if d.get("label") in ENTITY_TYPES:
                for name in (d["name"], *(d.get("aliases") or ())):
                    self._by_name.setdefault(name, n)

    # canned queries ---------------------------------------------------------------
    def canned_queries(self) -> list[queries.Query]:
        return list(queries.registry().values())

    def query(self, name: str) -> queries.Query:
        try:
            return queries.get(name)
        except queries.UnknownQuery as err:
            raise NoResults(str(err)) from None

    def run(self, name: str, raw: Mapping[str, str]) -> Table:
        """Bind the form's strings with the registry's validation, then run on the store."""
        self.query(name)  # an unknown name is a 404, not a bad parameter
        # An empty form field means "not given": the default applies, or bind says required.
        return query_table(self.store, name, {k: v for k, v in raw.items() if v != ""})

    # graph snapshot ---------------------------------------------------------------
    def node_id(self, value: Any) -> str | None:
        """The entity (or document) a table cell names: a node id, a name or an alias."""
        if not isinstance(value, str):
            return None
        if value in self.graph:
            return value
        return self._by_name.get(value)

    def link(self, column: str, value: Any) -> str | None:
        node = self.node_id(value)
        return f"/entity/{quote(node, safe='')}" if node else None

    def search(self, fragment: str) -> list[dict[str, Any]]:
        fragment = fragment.strip()
        if not fragment:
            return []
        return [{"id": n, **self.graph.nodes[n]} for n in find(self.graph, fragment)[:SEARCH_LIMIT]]

    def entity(self, node: str) -> dict[str, Any]:
        """The node, its profile tables and its relations with their evidence."""
        if node not in self.graph:
            raise NoResults(f"no entity with id {node!r}")
        data = {"id": node, **self.graph.nodes[node]}
        docs = [self.graph.nodes[d].get("name", d) if d in self.graph else d
                for d in data.get("docs") or ()]
        return {"node": data, "documents": docs, "profile": profile_tables(self.graph, node),
                "relations": relations_table(self.graph, node)}

    def rows_graph(self, table: Table) -> nx.MultiDiGraph:
        """The entities named in the rows' cells, with the edges between them."""
        nodes: dict[str, None] = {}
        for row in table.rows:
            for value in _flat(row):
                node = self.node_id(value)
                if node is not None:
                    nodes[node] = None
        return self.graph.subgraph(list(nodes)[:GRAPH_LIMIT]).copy()

    def neighbourhood(self, node: str, depth: int = 1) -> nx.MultiDiGraph:
        if node not in self.graph:
            raise NoResults(f"no entity with id {node!r}")
        H = neighbourhood(self.graph, node, depth)
        if len(H) <= GRAPH_LIMIT:
            return H
        # Too many to draw: keep the nearest, in breadth-first order from the entity.
        near = nx.single_source_shortest_path_length(self.graph.to_undirected(as_view=True),
                                                     node, cutoff=depth)
        return self.graph.subgraph(list(near)[:GRAPH_LIMIT]).copy()


@contextmanager
def open_explorer(open_store: Callable[[], Any]) -> Iterator[GraphExplorer]:
    """Open the store once (``open_store()``), read its graph snapshot, close it at the end.

    The embedded store holds its folder's lock while open, so ``kg build`` into the same
    folder has to wait until ``kg serve`` stops; every query here is read-only.
    """
    with open_store() as store:
        yield GraphExplorer(store, read_graph(store))


def _flat(values: Iterable[Any]) -> Iterable[Any]:
    for v in values:
        if isinstance(v, (list, tuple)):
            yield from _flat(v)
        elif isinstance(v, Mapping):
            yield from _flat([v.get("id"), v.get("name")])
        else:
            yield v


def check_depth(raw: str | None) -> int:
    try:
        depth = int(raw or 1)
    except ValueError:
        raise UsageError(f"depth must be a whole number, not {raw!r}") from None
    if not 1 <= depth <= 3:
        raise UsageError(f"depth must be between 1 and 3, not {depth}")
    return depth
