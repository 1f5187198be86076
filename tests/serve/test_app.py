"""kg serve routes, driven with FastAPI's TestClient over a real embedded store."""
from __future__ import annotations

import csv
import io
import json
import re
from contextlib import contextmanager, nullcontext

import pytest
from fastapi.testclient import TestClient

import queries
from kg.serve import create_app
from kg.serve.explorer import GraphExplorer, open_explorer
from kg.errors import StoreLocked
from kg.stores import open_store
from tests.serve.helpers import loaded_store
from tests.viz.graphs import XSS, small_graph

ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory):
    """A store folder loaded with the small two-plan graph (with the XSS-named entity)."""
    return loaded_store(tmp_path_factory.mktemp("serve-store"))


@pytest.fixture(scope="module")
def opened():
    return []


@pytest.fixture(scope="module")
def client(store_folder, opened):
    @contextmanager
    def explorer():
        with open_explorer(lambda: open_store("embedded", path=str(store_folder))) as ex:
            opened.append(ex)
            yield ex

    with TestClient(create_app(explorer)) as c:
        yield c


def test_store_is_opened_once_for_the_app_and_its_graph_read_back(client, opened):
    client.get("/")
    client.get("/search", params={"q": "苏"})
    assert len(opened) == 1
    names = {d["name"] for _, d in opened[0].graph.nodes(data=True)}
    assert {"苏州大学", "郑和计划", XSS} <= names


def test_home_lists_every_canned_query(client):
    page = client.get("/")
    assert page.status_code == 200
    for name in queries.registry():
        assert f'href="/query/{name}"' in page.text


def test_search_finds_an_entity_by_alias_fragment(client):
    page = client.get("/search", params={"q": "苏大"})
    assert page.status_code == 200
    assert "苏州大学" in page.text and 'href="/entity/' in page.text


def test_search_without_hits_says_so(client):
    page = client.get("/search", params={"q": "不存在的机构"})
    assert page.status_code == 200 and "No entity has a name or alias containing" in page.text


def test_query_form_is_generated_from_the_registry_parameters(client):
    page = client.get("/query/institutions-in-programme")
    assert page.status_code == 200
    for param in queries.get("institutions-in-programme").params:
        assert f'name="{param.name}"' in page.text
    assert 'id="results"' not in page.text  # a required parameter: nothing runs yet


def test_running_a_query_shows_rows_download_links_and_a_graph_view(client):
    page = client.get("/query/institutions-in-programme",
                      params={"run": "1", "programme": "郑和计划", "limit": ""})
    assert page.status_code == 200
    assert 'id="results"' in page.text and "苏州大学" in page.text
    assert "/query/institutions-in-programme/rows.csv?programme=" in page.text
    assert 'src="/query/institutions-in-programme/graph?programme=' in page.text


@pytest.mark.parametrize("params,message", [
    ({"programme": "郑和计划", "limit": "many"}, "limit must be a whole number, not &#39;many&#39;"),
    ({"programme": "郑和计划", "limit": "-3"}, "must not be negative"),
    ({}, "parameter programme is required"),
    ({"programme": "郑和计划", "colour": "red"}, "has no parameter &#39;colour&#39;"),
])
def test_malformed_parameter_is_a_400_page_with_the_message(client, params, message):
    page = client.get("/query/institutions-in-programme", params={"run": "1", **params})
    assert page.status_code == 400
    assert 'class="error"' in page.text and message in page.text
    assert "Traceback" not in page.text


def test_malformed_parameter_in_a_download_is_a_400_not_a_server_error(client):
    page = client.get("/query/institutions-in-programme/rows.csv",
                      params={"programme": "郑和计划", "limit": "x"})
    assert page.status_code == 400 and "limit must be a whole number" in page.text


def test_unknown_query_entity_and_format_are_clear_4xx_pages(client):
    assert client.get("/query/no-such-query").status_code == 404
    assert "no canned query named" in client.get("/query/no-such-query").text
    assert client.get("/entity/nope").status_code == 404
    assert client.get("/query/graph-stats/rows.xml").status_code == 400
    assert client.get("/entity/nope/graph").status_code == 404


def test_downloads_are_csv_and_json_with_the_same_rows(client):
    params = {"programme": "郑和计划"}
    as_csv = client.get("/query/institutions-in-programme/rows.csv", params=params)
    as_json = client.get("/query/institutions-in-programme/rows.json", params=params)
    assert as_csv.status_code == as_json.status_code == 200
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in as_csv.headers["content-disposition"]
    rows = json.loads(as_json.text)
    table = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert [r["institution"] for r in rows] == [r["institution"] for r in table]
    assert {"苏州大学", XSS} <= {r["institution"] for r in rows}


def test_entity_page_shows_profile_and_evidence(client, opened):
    node = next(n for n, d in opened[0].graph.nodes(data=True) if d["name"] == "郑和计划")
    page = client.get(f"/entity/{node}")
    assert page.status_code == 200
    assert "<caption>institutions</caption>" in page.text and "苏州大学" in page.text
    assert "苏州市教育局" in page.text  # the lead body
    assert "市教育局牵头实施郑和计划。" in page.text  # an evidence sentence
    assert f'src="/entity/{node}/graph"' in page.text


def test_entity_named_like_html_is_shown_as_text_everywhere(client, opened):
    node = next(n for n, d in opened[0].graph.nodes(data=True) if d["name"] == XSS)
    pages = [
        client.get("/search", params={"q": "onerror"}),
        client.get(f"/entity/{node}"),
        client.get("/query/institutions-in-programme", params={"run": "1", "programme": "郑和计划"}),
        client.get("/search", params={"q": XSS}),  # the fragment itself is echoed back
    ]
    for page in pages:
        assert page.status_code == 200
        assert ESCAPED in page.text
        assert XSS not in page.text


def test_graph_views_are_self_contained_pages_of_the_rows_entities(client):
    page = client.get("/query/institutions-in-programme/graph", params={"programme": "郑和计划"})
    assert page.status_code == 200
    names = {"苏州大学", json.dumps("苏州大学")[1:-1]}  # the page may \u-escape its JSON
    assert any(n in page.text for n in names) and "vis" in page.text
    # URLs in the inlined libraries' licence comments are fine; loading from one is not.
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//""",
                         page.text)


def test_every_canned_query_runs_or_explains_what_it_needs(client):
    for name, query in queries.registry().items():
        page = client.get(f"/query/{name}", params={"run": "1"})
        required = [p.name for p in query.params if p.required]
        assert page.status_code == (400 if required else 200), name
        if required:
            assert "is required" in page.text


def test_a_second_opening_of_the_served_store_is_refused_while_serving(client, store_folder):
    client.get("/")
    with pytest.raises(StoreLocked):
        open_store("embedded", path=str(store_folder))


def test_store_is_closed_when_the_app_stops_and_the_explorer_is_a_library_object(tmp_path):
    folder = loaded_store(tmp_path / "store")
    opener = lambda: open_explorer(lambda: open_store("embedded", path=str(folder)))  # noqa: E731
    with TestClient(create_app(opener)) as c:
        assert c.get("/").status_code == 200
    with opener() as ex:  # the lock was released at shutdown, so this opens
        assert isinstance(ex, GraphExplorer)
        table = ex.run("programmes-of-institution", {"institution": "苏大"})
        assert {r["programme"] for r in table.records()} == {"郑和计划", "双一流建设"}


def test_the_app_answers_the_same_over_falkordb_and_neo4j(any_store):
    any_store.load(small_graph())
    # The fixture owns the store (it closes it), so the app gets it as an open context.
    app = create_app(lambda: open_explorer(lambda: nullcontext(any_store)))
    with TestClient(app) as c:
        assert "苏州大学" in c.get("/search", params={"q": "苏大"}).text
        page = c.get("/query/institutions-in-programme", params={"run": "1", "programme": "郑和计划"})
        assert page.status_code == 200 and "苏州大学" in page.text and ESCAPED in page.text
        rows = json.loads(c.get("/query/programmes-of-institution/rows.json",
                                params={"institution": "苏大"}).text)
        assert {r["programme"] for r in rows} == {"郑和计划", "双一流建设"}
        assert c.get("/query/programmes-of-institution",
                     params={"run": "1", "institution": "苏大", "limit": "x"}).status_code == 400


def test_entity_graph_takes_a_depth_of_one_to_three(client, opened):
    node = next(n for n, d in opened[0].graph.nodes(data=True) if d["name"] == "苏州大学")
    assert f'href="/entity/{node}/graph?depth=2" target="graph"' in client.get(f"/entity/{node}").text
    assert client.get(f"/entity/{node}/graph", params={"depth": "2"}).status_code == 200
    for bad in ("0", "4", "two"):
        page = client.get(f"/entity/{node}/graph", params={"depth": bad})
        assert page.status_code == 400 and "depth must be" in page.text


def test_a_big_neighbourhood_keeps_the_nearest_nodes(opened, monkeypatch):
    import kg.serve.explorer as explorer

    monkeypatch.setattr(explorer, "GRAPH_LIMIT", 3)
    G = opened[0].graph
    node = next(n for n, d in G.nodes(data=True) if d["name"] == "郑和计划")
    H = opened[0].neighbourhood(node, 2)
    assert len(H) == 3 and node in H
    assert all(G.has_edge(node, n) or G.has_edge(n, node) for n in H if n != node)
