"""``Neo4jStore``: a Neo4j 5 server (or Aura) over Bolt with the official ``neo4j`` driver.

Settings come from arguments or ``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``,
``NEO4J_DATABASE``. Opening checks the server and the credentials within seconds, so an
unreachable server or a wrong password is one ``StoreUnavailable`` line, not a hang.
Reads run in read transactions, where the server refuses writes.
"""
from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping

import neo4j
from neo4j import exceptions as nx_errors

from kg import schema
from kg.errors import ReadOnlyViolation, StoreUnavailable
from kg.stores import cypher
from kg.stores.base import BaseStore, QueryError, Run, plain

CONNECT_TIMEOUT = 5.0  # seconds, per attempt
# Small enough that a batch of hubs with all their relationships fits the transaction
# memory of a modest server (10,000 overran a 768 MB heap on 1,000 documents).
RESET_BATCH = 1_000
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def _env(name: str, default: str | None) -> str | None:
    return os.environ.get(name) or default


@dataclass(frozen=True)
class Neo4jSettings:
    """Where and how to connect; ``from_env`` fills the gaps from NEO4J_* variables."""

    uri: str = "bolt://127.0.0.1:7687"
    user: str = "neo4j"
    password: str | None = field(default=None, repr=False)
    database: str | None = None  # None: the server's default database

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None,
                 password: str | None = None, database: str | None = None) -> "Neo4jSettings":
        return cls(uri=uri or _env("NEO4J_URI", cls.uri),
                   user=user or _env("NEO4J_USERNAME", cls.user),
                   password=password or _env("NEO4J_PASSWORD", None),
                   database=database or _env("NEO4J_DATABASE", None))


def _convert(value: Any) -> Any:
    if isinstance(value, (neo4j.graph.Node, neo4j.graph.Relationship)):
        return dict(value)
    if isinstance(value, neo4j.graph.Path):
        return {"nodes": [dict(n) for n in value.nodes],
                "relationships": [dict(r) for r in value.relationships]}
    return value


def _records(result: neo4j.Result) -> list[dict]:
    return [{k: plain(v, _convert) for k, v in record.items()} for record in result]


class Neo4jStore(BaseStore):
    """A Neo4j 5 database reached over Bolt (``bolt://``, ``neo4j://``, ``neo4j+s://``)."""

    def __init__(self, settings: Neo4jSettings | None = None, **overrides: str | None):
        self.settings = settings or Neo4jSettings.from_env(**overrides)
        s = self.settings
        auth = (s.user, s.password) if s.password else None
        where = f"Neo4j at {s.uri}"
        if s.uri.split("://")[0] not in BOLT_SCHEMES:
            raise StoreUnavailable(f"{where}: not a Bolt URI; use one of "
                                   + ", ".join(f"{x}://" for x in BOLT_SCHEMES))
        try:
            self._driver = neo4j.GraphDatabase.driver(
                s.uri, auth=auth, connection_timeout=CONNECT_TIMEOUT,
                connection_acquisition_timeout=2 * CONNECT_TIMEOUT,
                max_transaction_retry_time=2 * CONNECT_TIMEOUT,
                max_connection_lifetime=3600,
                # Hints such as "property key does not exist" on an empty store are noise.
                notifications_min_severity="OFF",
            )
        except (ValueError, nx_errors.ConfigurationError) as err:
            raise StoreUnavailable(f"{where}: bad connection settings ({err})") from None
        try:
            self._driver.verify_connectivity()
            self.run("RETURN 1 AS ok")  # also checks the database exists
        except nx_errors.AuthError:
            self._driver.close()
            raise StoreUnavailable(f"{where}: authentication failed for user {s.user!r} "
                                   "(check NEO4J_USERNAME / NEO4J_PASSWORD)") from None
        except (nx_errors.ServiceUnavailable, nx_errors.SessionExpired, OSError) as err:
            self._driver.close()
            raise StoreUnavailable(f"{where} is unreachable: {_first_line(err, True)}") from None
        except (nx_errors.Neo4jError, QueryError) as err:
            self._driver.close()
            raise StoreUnavailable(f"{where}: {str(err).removeprefix('Neo4j: ')}") from None

    def __repr__(self) -> str:
        return f"Neo4jStore({self.settings.uri!r}, database={self.settings.database!r})"

    def _session(self, write: bool) -> neo4j.Session:
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        return self._driver.session(database=self.settings.database, default_access_mode=mode)

    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> list[dict]:
        """Run Cypher in one transaction: a read transaction unless ``write=True``."""
        params = dict(params or {})
        with self._errors(write), self._session(write) as session:
            work = session.execute_write if write else session.execute_read
            return work(lambda tx: _records(tx.run(cypher, params)))

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Run]:
        with self._errors(True), self._session(True) as session:
            with session.begin_transaction() as tx:
                yield lambda q, params: _records(tx.run(q, dict(params)))
                tx.commit()

    @contextlib.contextmanager
    def _errors(self, write: bool) -> Iterator[None]:
        try:
            yield
        except (nx_errors.ServiceUnavailable, nx_errors.SessionExpired) as err:
            raise StoreUnavailable(f"Neo4j at {self.settings.uri}: {_first_line(err, True)}") from None
        except nx_errors.Neo4jError as err:
            code = err.code or ""
            if not write and ("AccessMode" in code or "ForbiddenDueToTransactionType" in code
                              or "read access mode" in (err.message or "")):
                raise ReadOnlyViolation("the query writes; only read-only queries are allowed "
                                        "here") from None
            raise QueryError(f"Neo4j: {_first_line(err)}") from None

    def _schema_statements(self) -> Iterator[str]:
        yield cypher.render("schema/unique_key.neo4j", property=schema.KEY)
        for label, prop in schema.NODE_INDEXES:
            yield cypher.render("schema/node_index.neo4j", label=label, property=prop)
        for rel, prop in schema.EDGE_INDEXES:
            yield cypher.render("schema/edge_index.neo4j", type=rel, property=prop)

    def _clear(self) -> None:
        # In batches: one huge DETACH DELETE would need the whole graph in one transaction.
        statement = cypher.render("reset_batch")
        while self.run(statement, {"batch": RESET_BATCH}, write=True)[0]["deleted"]:
            pass

    def close(self) -> None:
        self._driver.close()


def _first_line(err: BaseException, reason: bool = False) -> str:
    """The driver's message on one line; with ``reason``, also its last line (the driver
    puts "couldn't connect:" first and the cause last)."""
    text = (getattr(err, "message", None) or str(err)).strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return type(err).__name__
    return f"{lines[0]} {lines[-1]}" if reason and len(lines) > 1 else lines[0]
