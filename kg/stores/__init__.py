"""Stores: one interface (``Store``), two implementations, one entry point (``open_store``).

>>> with open_store("embedded", path=".kg") as store:   # doctest: +SKIP
...     store.load(build_graph(extraction))
...     store.run("MATCH (n:Institution) RETURN n.name AS name")
"""
from __future__ import annotations

from typing import Any

from kg.errors import UsageError
from kg.stores.base import LoadSummary, QueryError, Store, plain

KINDS = ("embedded", "neo4j")


def open_store(kind: str = "embedded", **settings: Any) -> Store:
    """Open a store: ``embedded`` (FalkorDB; ``path``, ``read_only``) or ``neo4j`` (``uri``,
    ``user``, ``password``, ``database``; NEO4J_* variables fill what is not given).

    Read-only commands (query, cypher, entity, stats, export, serve) should pass
    ``read_only=True``: an embedded store then also works while another kg process has
    it open, instead of being refused as a second writer."""
    if kind in ("embedded", "falkordb"):
        from kg.stores.embedded import EmbeddedStore

        return EmbeddedStore(settings.get("path"), read_only=bool(settings.get("read_only")))
    if kind == "neo4j":
        from kg.stores.neo4j import Neo4jStore

        return Neo4jStore(**{k: settings.get(k) for k in ("uri", "user", "password", "database")})
    raise UsageError(f"unknown store {kind!r}; use one of: {', '.join(KINDS)}")


__all__ = ["KINDS", "LoadSummary", "QueryError", "Store", "open_store", "plain"]
