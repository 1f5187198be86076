"""Neo4jStore: connection problems are one clear StoreUnavailable line, quickly."""
from __future__ import annotations

import socket

import pytest

from kg.errors import StoreUnavailable
from kg.stores import open_store
from kg.stores.neo4j import Neo4jSettings, Neo4jStore


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens once the socket is closed


def test_an_unreachable_server_is_one_line_naming_the_uri():
    uri = f"bolt://127.0.0.1:{closed_port()}"
    with pytest.raises(StoreUnavailable) as err:
        Neo4jStore(Neo4jSettings(uri=uri, password="x"))
    message = str(err.value)
    assert uri in message and "unreachable" in message and "\n" not in message
    assert err.value.exit_code == 3


def test_an_unknown_host_is_one_line():
    with pytest.raises(StoreUnavailable, match="unreachable"):
        open_store("neo4j", uri="neo4j+s://no-such-host.invalid", password="x")


def test_a_uri_that_is_not_bolt_is_refused():
    with pytest.raises(StoreUnavailable, match="not a Bolt URI"):
        open_store("neo4j", uri="http://127.0.0.1:7474", password="x")


def test_settings_default_to_the_neo4j_environment_variables(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "neo4j+s://abc.databases.neo4j.io")
    monkeypatch.setenv("NEO4J_USERNAME", "analyst")
    monkeypatch.setenv("NEO4J_PASSWORD", "secret")
    monkeypatch.setenv("NEO4J_DATABASE", "policies")
    s = Neo4jSettings.from_env()
    assert (s.uri, s.user, s.password, s.database) == (
        "neo4j+s://abc.databases.neo4j.io", "analyst", "secret", "policies")
    assert "secret" not in repr(s)
    assert Neo4jSettings.from_env(uri="bolt://h:1").uri == "bolt://h:1"


def test_a_wrong_password_is_one_line_about_authentication(neo4j_server):
    settings = Neo4jSettings(**{**neo4j_server, "password": "wrong-password"})
    if neo4j_server["password"] is None:
        pytest.skip("the Neo4j in NEO4J_TEST_URI runs without authentication")
    with pytest.raises(StoreUnavailable, match="authentication failed for user 'neo4j'"):
        Neo4jStore(settings)


def test_an_unknown_database_is_one_line(neo4j_server):
    with pytest.raises(StoreUnavailable, match="no-such-db"):
        Neo4jStore(Neo4jSettings(**{**neo4j_server, "database": "no-such-db"}))


def test_reset_leaves_other_projects_data_alone(neo4j_store):
    neo4j_store.run("CREATE (:OtherProject {id: 'keep'})", write=True)
    try:
        neo4j_store.run("CREATE (:KGNode:Institution {id: 'x', docs: ['d']})", write=True)
        neo4j_store.reset()
        assert neo4j_store.run("MATCH (n:KGNode) RETURN count(n) AS n") == [{"n": 0}]
        assert neo4j_store.run("MATCH (n:OtherProject) RETURN n.id AS id") == [{"id": "keep"}]
    finally:
        neo4j_store.run("MATCH (n:OtherProject) DELETE n", write=True)
