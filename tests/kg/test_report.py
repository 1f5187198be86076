"""kg.report: the tables, chart and inline graph the notebook and kg serve show."""
from __future__ import annotations

import csv
import io
import json

import pytest

from kg import report
from kg.errors import NoResults, UsageError
from kg.report import Table
from tests.support import require
from tests.viz.graphs import XSS, small_graph


@pytest.fixture(scope="module")
def G():
    return small_graph()


def node(G, name):
    return next(n for n, d in G.nodes(data=True) if d["name"] == name)


def test_table_escapes_every_cell_and_the_caption():
    table = Table.from_records([{"name": XSS, "n": 1}], caption="<b>")
    html = table.to_html()
    assert XSS not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<caption>&lt;b&gt;</caption>" in html


def test_table_links_only_where_the_linker_says_and_escapes_the_href():
    table = Table.from_records([{"name": "苏州大学"}, {"name": "无"}])
    html = table.to_html(lambda column, value: '/e/"x' if value == "苏州大学" else None)
    assert html.count("<a ") == 1 and 'href="/e/&quot;x"' in html


def test_table_csv_and_json_hold_the_same_rows_lists_joined_in_csv():
    table = Table.from_records([{"a": "甲", "docs": ["d1", "d2"], "n": 2.0}, {"a": None}])
    rows = list(csv.DictReader(io.StringIO(table.to_csv())))
    assert rows == [{"a": "甲", "docs": "d1、d2", "n": "2"}, {"a": "", "docs": "", "n": ""}]
    assert json.loads(table.to_json())[0] == {"a": "甲", "docs": ["d1", "d2"], "n": 2.0}


def test_participation_names_institutions_programmes_and_documents(G):
    rows = report.participation(G).records()
    assert {(r["institution"], r["programme"]) for r in rows} == {
        ("苏州大学", "郑和计划"), ("苏州大学", "双一流建设"), (XSS, "郑和计划")}
    assert all(r["docs"] and not r["docs"][0].startswith("doc-") for r in rows)  # titles


def test_participation_chart_draws_chinese_labels_with_the_cjk_font(G):
    family = report.use_cjk_font()
    fig = report.participation_chart(G)
    ax = fig.axes[0]
    assert {t.get_text() for t in ax.get_yticklabels()} == {"苏州大学", XSS}
    assert {t.get_text() for t in ax.get_xticklabels()} == {"郑和计划", "双一流建设"}
    require(family == report.CJK_FONT, "Noto Sans CJK SC is not installed (fonts-noto-cjk)")
    from matplotlib.font_manager import findfont

    assert "NotoSansCJK" in findfont(ax.get_yticklabels()[0].get_fontproperties())


def test_busiest_programme_has_the_most_institutions(G):
    assert G.nodes[report.busiest_programme(G)]["name"] == "郑和计划"


def test_busiest_programme_of_a_graph_without_programmes_says_so():
    import networkx as nx

    with pytest.raises(NoResults):
        report.busiest_programme(nx.MultiDiGraph())


def test_programme_profile_tables_and_evidence(G):
    tables = {t.caption: t for t in report.profile_tables(G, node(G, "郑和计划"))}
    assert {r["name"] for r in tables["institutions"].records()} == {"苏州大学", XSS}
    assert [r["name"] for r in tables["bodies"].records()] == ["苏州市教育局"]
    evidence = report.evidence_table(G, "郑和计划").records()
    assert "市教育局牵头实施郑和计划。" in {r["sentence"] for r in evidence}


def test_relations_table_lists_each_evidence_sentence_with_its_document(G):
    rows = report.relations_table(G, node(G, "苏州大学")).records()
    joined = {(r["relation"], r["other"]) for r in rows}
    assert ("→ PARTICIPATES_IN", "郑和计划") in joined
    assert all(r["document"] in ("苏州市2023年教育工作要点", "苏州市2024年教育工作要点") for r in rows)


def test_targets_lists_quantity_unit_object_and_sentence(G):
    [row] = report.targets(G).records()
    assert (row["quantity"], row["unit"], row["object"]) == (30, "所", "学校")
    assert row["sentence"] == "新建学校30所。"


def test_inline_graph_is_an_escaped_sandboxed_iframe(G):
    html = report.inline_graph(G, height=300)._repr_html_()
    assert html.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    assert 'sandbox="allow-scripts"' in html and "height:300px" in html
    assert "<script" not in html  # all of the page is inside the attribute


def test_graph_summary_counts_nodes_per_label_and_edges_per_type(G):
    rows = {(r["kind"], r["name"]): r["count"] for r in report.graph_summary(G).records()}
    assert rows[("node", "Institution")] == 2 and rows[("edge", "PARTICIPATES_IN")] == 3


@pytest.mark.falkordb
def test_query_table_checks_parameters_with_the_registry(falkordb_store, G):
    falkordb_store.load(G)
    table = report.query_table(falkordb_store, "programmes-of-institution", {"institution": "苏大"})
    assert {r["programme"] for r in table.records()} == {"郑和计划", "双一流建设"}
    with pytest.raises(UsageError, match="limit must be a whole number"):
        report.query_table(falkordb_store, "programmes-of-institution",
                           {"institution": "苏大", "limit": "many"})
