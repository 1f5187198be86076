"""The generated page in headless Chromium: offline, complete, filterable, searchable, safe."""
from __future__ import annotations

import pytest

from kg.viz import write_page
from tests.viz.graphs import XSS, small_graph, synthetic_graph

pytestmark = pytest.mark.browser

STABLE = "#kg-graph[data-stable]"
# Runs before the page's own scripts: any alert/confirm/prompt the page triggers is recorded.
HOOK = """window.__calls = [];
for (const f of ["alert", "confirm", "prompt"]) window[f] = (...a) => { window.__calls.push([f, ...a]); };"""


@pytest.fixture(scope="module")
def graph():
    return small_graph()


@pytest.fixture(scope="module")
def url(graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("viz") / "graph.html"
    return write_page(graph, path, title="苏州教育 · 图").resolve().as_uri()


@pytest.fixture
def shown(page, page_log, url):
    """The page opened and settled; returns a function giving the names shown now."""
    page.add_init_script(HOOK)
    page.goto(url)
    page.wait_for_selector(STABLE, state="attached", timeout=30_000)

    def names() -> set[str]:
        return set(page.evaluate("kgNodes.get({filter: n => !n.hidden}).map(n => n.kg.name)"))

    return names


def test_page_shows_every_node_and_edge_without_leaving_the_machine(page, page_log, shown, graph):
    assert shown() == {d["name"] for _, d in graph.nodes(data=True)}
    edges = page.evaluate("kgEdges.get().map(e => [e.from, e.label, e.to])")
    assert {tuple(e) for e in edges} == {(u, d["type"], v) for u, v, d in graph.edges(data=True)}
    assert page.evaluate("kgNetwork.physics.physicsEnabled") is False
    assert page_log.requests and all(r.startswith("file:") or r.startswith("data:")
                                     for r in page_log.requests)
    page_log.assert_clean()


def test_unchecking_a_type_hides_its_nodes_and_their_edges(page, page_log, shown):
    page.get_by_role("checkbox", name="Institution").uncheck()
    assert "苏州大学" not in shown() and XSS not in shown() and "郑和计划" in shown()
    hidden = page.evaluate("kgEdges.get({filter: e => e.hidden}).map(e => e.label)")
    assert "PARTICIPATES_IN" in hidden and "LEADS" not in hidden
    page.get_by_role("checkbox", name="Institution").check()
    assert "苏州大学" in shown()
    page_log.assert_clean()


def test_unchecking_a_year_hides_what_only_that_year_supports(page, page_log, shown):
    page.locator(".kg-years input[value='2024']").uncheck()
    assert "双一流建设" not in shown() and "苏州大学" in shown()
    page_log.assert_clean()


def test_search_by_alias_selects_focuses_and_describes_the_node(page, page_log, shown):
    page.locator(".kg-search-input").fill("苏大")
    page.get_by_role("button", name="Find").click()
    selected = page.evaluate("kgNetwork.getSelectedNodes().map(id => kgNodes.get(id).kg.name)")
    assert selected == ["苏州大学"]
    panel = page.locator(".kg-panel")
    assert panel.locator("h3").text_content() == "苏州大学"
    assert "苏州市2023年教育工作要点 · 1. 苏州大学参与郑和计划" in panel.text_content()
    assert panel.locator("mark").first.text_content() == "苏州大学"
    page.locator(".kg-search-input").fill("不存在的机构")
    page.get_by_role("button", name="Find").click()
    assert "No node named" in page.locator(".kg-status").text_content()
    page_log.assert_clean()


def test_edge_panel_shows_relation_documents_and_marked_evidence(page, page_log, shown):
    page.evaluate("""() => {
        const e = kgEdges.get({filter: e => e.label === "LEADS"})[0];
        document.getElementById("kg-graph").kg.showEdge(e.id);
    }""")
    panel = page.locator(".kg-panel")
    assert panel.locator("h3").text_content() == "苏州市教育局 → 郑和计划"
    assert "LEADS" in panel.text_content() and "苏州市2023年教育工作要点" in panel.text_content()
    assert panel.locator("mark").first.text_content() == "市教育局"
    page_log.assert_clean()


def test_search_reveals_a_node_hidden_by_the_filters(page, page_log, shown):
    page.get_by_role("checkbox", name="Programme").uncheck()
    page.locator(".kg-years input[value='2024']").uncheck()
    assert "郑和计划" not in shown()
    assert page.evaluate("kgSearch('郑和')") is not None
    assert "郑和计划" in shown() and "双一流建设" not in shown()
    assert page.evaluate("kgSearch('双一流')") is not None
    assert "双一流建设" in shown()
    assert page.locator(".kg-years input[value='2024']").is_checked()
    page_log.assert_clean()


def test_entity_named_like_markup_shows_as_text_and_runs_nothing(page, page_log, shown):
    assert page.evaluate(f"kgSearch({XSS!r})") is not None
    panel = page.locator(".kg-panel")
    assert panel.locator("h3").text_content() == XSS
    assert XSS in panel.text_content()
    assert page.locator("img").count() == 0
    page.locator(".kg-search-input").fill(XSS)  # the datalist and input hold it as text too
    assert page.evaluate("window.__calls") == []
    page_log.assert_clean()


def test_large_page_settles_and_stops_physics(page, page_log, tmp_path):
    url = write_page(synthetic_graph(1500), tmp_path / "big.html").resolve().as_uri()
    page.goto(url)
    page.wait_for_selector(STABLE, state="attached", timeout=120_000)
    assert page.evaluate("kgNodes.length") == 1500
    assert page.evaluate("kgNetwork.physics.physicsEnabled") is False
    timings = page.evaluate("kgTimings")
    assert timings["start"] < timings["stabilized"] <= timings["firstStableDraw"]
    page_log.assert_clean()


def test_empty_graph_page_says_so_and_settles(page, page_log, tmp_path):
    import networkx as nx

    page.goto(write_page(nx.MultiDiGraph(), tmp_path / "empty.html").resolve().as_uri())
    page.wait_for_selector(STABLE, state="attached")
    assert page.locator(".kg-status").text_content() == "No nodes to show."
    page_log.assert_clean()


def test_harness_blocks_and_records_requests_that_leave_the_machine(page, page_log):
    page.set_content('<img src="https://example.com/x.png"><script>fetch("http://10.0.0.1/")</script>')
    page.wait_for_timeout(300)
    assert "https://example.com/x.png" in page_log.blocked
    assert "http://10.0.0.1/" in page_log.blocked
    with pytest.raises(AssertionError, match="requests left 127.0.0.1"):
        page_log.assert_clean()
    page_log.blocked.clear()  # the page is left as it is for the screenshot


def test_page_around_an_entity_opens_with_it_selected(page, page_log, graph, tmp_path):
    url = write_page(graph, tmp_path / "uni.html", entity="苏大", depth=1).resolve().as_uri()
    page.goto(url)
    page.wait_for_selector(STABLE, state="attached")
    assert page.evaluate("kgNetwork.getSelectedNodes().map(id => kgNodes.get(id).kg.name)") == ["苏州大学"]
    assert page.locator(".kg-panel h3").text_content() == "苏州大学"
    page_log.assert_clean()
