"""The one store interface, and the loading logic both stores share.

Loading semantics (the same on FalkorDB and Neo4j):

- A document is identified by its content id (``Document.id``); a *version* of it is a
  document with the same ``path`` and another id. Loading writes, per document, one
  statement in one transaction with ``UNWIND $rows`` batches: ``MERGE`` on the key for
  nodes (other documents share them), ``CREATE`` for the document's own edges (the same
  statement has taken out any edges of its earlier load first).
- Loading the same document again (same id, same ``load_hash``) changes nothing.
- Loading a changed version (or the same id with different facts) first takes out the
  old facts: the old version's edges, its support in ``docs`` of shared nodes, and nodes
  that nothing else supports; nodes and edges that other documents support stay.
- A failure in the middle of a document leaves the store as it was before it: taking
  out the old facts and all writes are one atomic statement (see
  ``cypher.document_statement``); deleting the nodes nothing supports any more follows
  (in the same transaction on Neo4j; as a second statement on FalkorDB, whose rollback of
  node deletions is unreliable, so it is kept out of the statement that can fail).
  The failure is reported in ``LoadSummary.failed`` and the other documents still load.
"""
from __future__ import annotations

import time
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping, Protocol, runtime_checkable

import networkx as nx

from kg.errors import NoResults, UsageError
from kg.stores import cypher
from kg.stores.writer import DocumentBatch, analytics_rows, document_batches

Run = Callable[[str, Mapping[str, Any]], list[dict]]
ANALYTICS_CHUNK = 5000


class QueryError(UsageError):
    """The store rejected a query (syntax, types, a constraint): one line from the store."""


@dataclass
class LoadSummary:
    """What a ``load`` did, per document, and how fast."""

    loaded: list[str] = field(default_factory=list)  # new documents
    replaced: dict[str, list[str]] = field(default_factory=dict)  # doc id → ids it replaced
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path or id, reason)
    nodes: int = 0  # node rows written
    edges: int = 0  # edge rows written
    seconds: float = 0.0

    @property
    def elements_per_second(self) -> float:
        return (self.nodes + self.edges) / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        parts = [f"{len(self.loaded)} loaded", f"{len(self.replaced)} replaced",
                 f"{len(self.unchanged)} unchanged"]
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        return (f"documents: {', '.join(parts)}; wrote {self.nodes} nodes and {self.edges} "
                f"edges in {self.seconds:.2f}s")


@runtime_checkable
class Store(Protocol):
    def apply_schema(self) -> None: ...

    def load(self, G: nx.MultiDiGraph, docs: Iterable[str] | None = None) -> LoadSummary: ...

    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> list[dict]: ...

    def remove_document(self, doc_id: str) -> None: ...

    def reset(self) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> "Store": ...

    def __exit__(self, *exc: object) -> None: ...


def plain(value: Any, convert: Callable[[Any], Any] | None = None) -> Any:
    """A result value as plain Python, the same from both stores.

    Floats are rounded to 15 significant digits, which is how FalkorDB sends them, so
    the two stores agree to the last digit; a whole float becomes an int, because
    FalkorDB's ``sum`` of integers is a float where Neo4j's is an int. ``convert`` turns
    store-specific values (nodes, relationships, paths) into plain structures first.
    """
    if convert is not None:
        value = convert(value)
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
        return float(f"{value:.15g}")
    if isinstance(value, Mapping):
        return {str(k): plain(v, convert) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v, convert) for v in value]
    return str(value)


class BaseStore(AbstractContextManager):
    """Shared by both stores: per-document loading, removal, schema bookkeeping.

    A subclass provides ``run``, ``_transaction`` (a context giving a ``Run`` whose calls
    commit together or not at all), ``_schema_statements`` and ``_clear``.
    """

    _schema_ready = False

    # -- to implement ------------------------------------------------------------------
    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> list[dict]:
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[Run]:
        raise NotImplementedError

    def _schema_statements(self) -> Iterator[str]:
        raise NotImplementedError

    def _clear(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # -- shared ------------------------------------------------------------------------
    def __exit__(self, *exc: object) -> None:
        self.close()

    def apply_schema(self) -> None:
        """Create the unique key and the indexes of ``kg.schema`` (idempotent)."""
        for statement in self._schema_statements():
            self._apply_schema_statement(statement)
        self._schema_ready = True

    def _apply_schema_statement(self, statement: str) -> None:
        self.run(statement, write=True)

    def reset(self) -> None:
        """Delete this project's graph (other data in a shared Neo4j is left alone)."""
        self._clear()

    def load(self, G: nx.MultiDiGraph, docs: Iterable[str] | None = None) -> LoadSummary:
        """Load each document of ``G`` (or only ``docs``): one transaction per document."""
        if not self._schema_ready:
            self.apply_schema()
        summary = LoadSummary()
        started = time.perf_counter()
        for batch in document_batches(G, docs):
            try:
                self._load_document(batch, summary)
            except QueryError as err:
                summary.failed.append((batch.path or batch.doc, str(err)))
        rows = analytics_rows(G)
        for i in range(0, len(rows), ANALYTICS_CHUNK):
            self.run(cypher.render("set_analytics"), {"rows": rows[i:i + ANALYTICS_CHUNK]},
                     write=True)
        summary.seconds = time.perf_counter() - started
        return summary

    def _load_document(self, batch: DocumentBatch, summary: LoadSummary) -> None:
        with self._transaction() as run:
            held = run(cypher.template("document_state"), {"id": batch.doc, "path": batch.path})
            if [(r["id"], r["load_hash"]) for r in held] == [(batch.doc, batch.load_hash)]:
                summary.unchanged.append(batch.doc)
                return
            stale = sorted(r["id"] for r in held)
            affected = self._affected(run, stale)
            params = {**batch.params(), "stale": stale, "affected": affected}
            run(cypher.document_statement(bool(stale), True), params)
            if affected:
                run(cypher.render("delete_unsupported"), {"affected": affected})
        if stale:
            summary.replaced[batch.doc] = stale
        else:
            summary.loaded.append(batch.doc)
        summary.nodes += batch.node_count
        summary.edges += batch.edge_count

    def remove_document(self, doc_id: str) -> None:
        """Take out one document's facts, keeping what other documents support."""
        with self._transaction() as run:
            affected = self._affected(run, [doc_id])
            if not affected:
                raise NoResults(f"no document {doc_id} in the store")
            run(cypher.document_statement(True, False),
                {"doc": doc_id, "stale": [doc_id], "affected": affected})
            run(cypher.render("delete_unsupported"), {"affected": affected})

    @staticmethod
    def _affected(run: Run, stale: list[str]) -> list[str]:
        if not stale:
            return []
        return [r["id"] for r in run(cypher.render("affected_nodes"), {"stale": stale})]
