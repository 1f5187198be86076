"""kg.viz without a browser: what the page holds, how it is escaped, what gets selected."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from kg.errors import UsageError
from kg.viz import BIG_GRAPH, _context, _options, page_data, render_fragment, render_page, \
    select_subgraph, write_page
from tests.viz.graphs import XSS, small_graph


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.data: dict[str, str] = {}
        self._in = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = dict(attrs).get("id") if tag == "script" else None

    def handle_data(self, data):
        if self._in:
            self.data[self._in] = self.data.get(self._in, "") + data


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


@pytest.fixture(scope="module")
def G():
    return small_graph()


@pytest.fixture(scope="module")
def html(G):
    return render_page(G, title="苏州 <b>graph</b>")


def names(H) -> set[str]:
    return {d["name"] for _, d in H.nodes(data=True)}


def test_page_loads_nothing_from_outside(html):
    tags = parse(html).tags
    assert not [a for t, a in tags if t == "script" and "src" in a]
    assert [a["href"] for t, a in tags if t == "link"] == ["data:,"]
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert not re.search(r"url\(\s*[\"']?(?:https?:)?//", html)
    assert "bootstrap" not in html.lower() and "tom-select" not in html.lower()


def test_page_inlines_vis_network_and_the_page_script(html):
    assert "vis-network" in html and "kgViz.mount" in html


def test_title_is_escaped(html):
    assert "苏州 &lt;b&gt;graph&lt;/b&gt;" in html and "<b>graph" not in html


def test_document_text_cannot_close_the_data_script(G):
    H = G.copy()
    evil = "</script><script>alert(1)</script><!--"
    H.nodes["t1"]["name"] = evil
    tags = parse(render_page(H))
    # vis-network, viz.js, the JSON data and the mount call: nothing more
    assert [t for t, _ in tags.tags].count("script") == 4
    data = json.loads(tags.data["kg-graph-data"])
    assert evil in [n["label"] for n in data["nodes"]]


def test_xss_name_is_only_inside_the_json_data(html):
    assert XSS not in html
    data = json.loads(parse(html).data["kg-graph-data"])
    assert XSS in {n["kg"]["name"] for n in data["nodes"]}


def test_nodes_carry_type_colour_shape_and_no_html_title(G):
    data = page_data(G)
    uni = next(n for n in data["nodes"] if n["label"] == "苏州大学")
    assert uni["kg"]["type"] == "Institution" and uni["shape"] == "dot"
    assert uni["kg"]["aliases"] == ["苏大"] and uni["value"] == G.nodes[uni["id"]]["degree"]
    assert all("title" not in n for n in data["nodes"] + data["edges"])
    assert {t["type"] for t in data["types"]} == {d["label"] for _, d in G.nodes(data=True)}


def test_one_edge_per_source_relation_target_labelled_by_type(G):
    data = page_data(G)
    pairs = {(u, d["type"], v) for u, v, d in G.edges(data=True)}
    assert {(e["from"], e["label"], e["to"]) for e in data["edges"]} == pairs
    assert len({e["id"] for e in data["edges"]}) == len(data["edges"])


def test_evidence_names_document_item_and_marks_the_mention(G):
    data = page_data(G)
    uni = next(n for n in data["nodes"] if n["label"] == "苏州大学")
    first = uni["kg"]["evidence"][0]
    assert first["doc"] == "doc-2023" and first["item"] == "1. 苏州大学参与郑和计划"
    assert first["context"] == ["", "苏州大学", "参与郑和计划。"]
    assert uni["kg"]["evidenceTotal"] == 2


def test_context_is_cut_around_the_mention():
    before, mark, after = _context("甲" * 100 + "苏州大学" + "乙" * 100, "苏州大学")
    assert mark == "苏州大学" and before == "…" + "甲" * 40 and after == "乙" * 40 + "…"
    assert _context("没有提及。", "苏大") == ["没有提及。", "", ""]


def test_subgraph_around_an_alias_within_one_hop(G):
    H = select_subgraph(G, entity="苏大", depth=1)
    assert {"苏州大学", "郑和计划", "双一流建设"} <= names(H)
    assert "苏州市教育局" not in names(H)


def test_subgraph_by_type_and_year_keeps_that_years_edges(G):
    H = select_subgraph(G, types=["Institution", "Programme"], docs=["2024"])
    assert names(H) == {"苏州大学", "双一流建设"}
    assert {d["doc"] for _, _, d in H.edges(data=True)} == {"doc-2024"}


def test_subgraph_keeps_item_names_for_evidence(G):
    data = page_data(select_subgraph(G, types=["Institution"]))
    uni = next(n for n in data["nodes"] if n["label"] == "苏州大学")
    assert uni["kg"]["evidence"][0]["item"] == "1. 苏州大学参与郑和计划"
    assert {d["title"] for d in data["documents"]} == {"苏州市2023年教育工作要点", "苏州市2024年教育工作要点"}


@pytest.mark.parametrize("kwargs,message", [
    ({"types": ["Programm"]}, "unknown type Programm"),
    ({"docs": ["1999"]}, "no document or year '1999'"),
])
def test_bad_selection_is_a_usage_error(G, kwargs, message):
    with pytest.raises(UsageError, match=message):
        select_subgraph(G, **kwargs)


def test_big_graphs_get_bounded_cheap_physics():
    small, big = _options(BIG_GRAPH), _options(BIG_GRAPH + 1)
    assert small["layout"]["improvedLayout"] and not big["layout"]["improvedLayout"]
    assert big["edges"]["smooth"] is False
    assert big["physics"]["stabilization"]["iterations"] <= 200


def test_fragment_can_leave_assets_to_the_host_page(G):
    bare = render_fragment(G, element_id="g2", include_assets=False)
    assert "vis-network" not in bare and 'kgViz.mount("g2")' in bare
    assert 'id="g2-data"' in bare


def test_write_page_into_a_missing_directory_names_it(G, tmp_path):
    with pytest.raises(UsageError, match="does not exist"):
        write_page(G, tmp_path / "nope" / "g.html")
    out = write_page(G, tmp_path / "g.html", title="t")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_subgraph_of_one_year_shows_only_that_years_evidence(G):
    data = page_data(select_subgraph(G, docs=["2024"]))
    uni = next(n for n in data["nodes"] if n["label"] == "苏州大学")
    assert [e["doc"] for e in uni["kg"]["evidence"]] == ["doc-2024"]


def test_relation_evidence_marks_an_end_of_the_relation(G):
    data = page_data(G)
    leads = next(e for e in data["edges"] if e["label"] == "LEADS")
    assert leads["kg"]["evidence"][0]["context"] == ["", "市教育局", "牵头实施郑和计划。"]


def test_a_piece_cut_elsewhere_gets_its_evidence_from_the_source(G):
    piece = G.subgraph([n for n, d in G.nodes(data=True) if d["label"] == "Institution"]).copy()
    alone = next(n for n in page_data(piece)["nodes"] if n["label"] == "苏州大学")
    sourced = next(n for n in page_data(piece, G)["nodes"] if n["label"] == "苏州大学")
    assert alone["kg"]["evidence"] == [] and sourced["kg"]["evidence"][0]["item"] == "1. 苏州大学参与郑和计划"
    assert "1. 苏州大学参与郑和计划" in render_page(piece, source=G)
