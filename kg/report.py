"""Report helpers shared by the notebook and ``kg serve``: tables, charts and inline graphs.

Everything here takes a built graph (or rows from a store) and returns something a
notebook shows as is (``_repr_html_``) and the web app embeds or downloads. Text from
the documents is always HTML-escaped here, so callers never have to remember to.
"""
from __future__ import annotations

import csv
import html
import io
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Sequence

import networkx as nx

import queries
from kg.errors import NoResults
from kg.graph import participation_table, programme_profile, programmes_of

CJK_FONT = "Noto Sans CJK SC"

#: Returns the URL a cell should link to, or None: (column, value) -> href.
Linker = Callable[[str, Any], "str | None"]


def cell_text(value: Any) -> str:
    """One readable string per cell: lists joined, maps as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return "、".join(cell_text(v) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


@dataclass(frozen=True)
class Table:
    """Rows with named columns; renders as an escaped HTML table, CSV or JSON."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    caption: str = ""

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]],
                     columns: Sequence[str] | None = None, caption: str = "") -> "Table":
        records = list(records)
        if columns is None:
            seen: dict[str, None] = {}
            for rec in records:
                seen.update(dict.fromkeys(rec))
            columns = list(seen)
        return cls(tuple(columns), tuple(tuple(r.get(c) for c in columns) for r in records),
                   caption)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows([cell_text(v) for v in row] for row in self.rows)
        return out.getvalue()

    def to_json(self) -> str:
        return json.dumps(self.records(), ensure_ascii=False, indent=1, default=str)

    def to_html(self, link: Linker | None = None) -> str:
        def cell(column: str, value: Any) -> str:
            text = html.escape(cell_text(value))
            href = link(column, value) if link else None
            return f'<a href="{html.escape(href)}">{text}</a>' if href else text

        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{cell(c, v)}</td>" for c, v in zip(self.columns, row)) + "</tr>"
            for row in self.rows
        )
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return f'<table class="kg-table">{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'

    def _repr_html_(self) -> str:
        return self.to_html()


def use_cjk_font(family: str = CJK_FONT) -> str:
    """Make matplotlib draw Chinese labels with ``family`` (Debian: fonts-noto-cjk).

    Returns the family in use. When the font is missing, falls back to matplotlib's
    default and says so in the return value rather than failing: a chart with boxes for
    characters is still better than no chart.
    """
    import matplotlib
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    if family not in names:
        return matplotlib.rcParams["font.family"][0]
    matplotlib.rcParams["font.family"] = "sans-serif"
    others = [f for f in matplotlib.rcParams["font.sans-serif"] if f != family]
    matplotlib.rcParams["font.sans-serif"] = [family, *others]
    # The CJK fonts have no U+2212 minus sign; use the ASCII one on axes.
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family


class InlineHTML:
    """A full HTML page shown inside an iframe (srcdoc) in a notebook or another page."""

    def __init__(self, page: str, height: int = 600):
        self.page = page
        self.height = height

    def iframe(self) -> str:
        # srcdoc keeps the page self-contained and isolates its scripts from the host page.
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ccc" '
                f'sandbox="allow-scripts"></iframe>')

    def _repr_html_(self) -> str:
        return self.iframe()


def query_table(store: Any, name: str, params: Mapping[str, Any] | None = None) -> Table:
    """Run the canned query ``name`` on ``store``; ``params`` are checked by the registry
    (strings from a form or a command line are converted, bad values raise UsageError)."""
    query = queries.get(name)
    return Table.from_records(store.run(query.text, query.bind(params or {})), caption=name)


# --- answers over a built graph -------------------------------------------------------------

def _doc_name(G: nx.MultiDiGraph, doc: Any) -> Any:
    return G.nodes[doc].get("name", doc) if doc in G else doc


def graph_summary(G: nx.MultiDiGraph) -> Table:
    """How many nodes of each label and edges of each relation type the graph holds."""
    nodes: dict[str, int] = defaultdict(int)
    edges: dict[str, int] = defaultdict(int)
    for _, d in G.nodes(data=True):
        nodes[d.get("label", "?")] += 1
    for _, _, d in G.edges(data=True):
        edges[d.get("type", "?")] += 1
    rows = [{"kind": "node", "name": k, "count": v} for k, v in sorted(nodes.items())]
    rows += [{"kind": "edge", "name": k, "count": v} for k, v in sorted(edges.items())]
    return Table.from_records(rows, ["kind", "name", "count"], "what the graph holds")


def busiest_programme(G: nx.MultiDiGraph) -> str:
    """The programme with the most participating institutions (then the most connected).

    Raises ``NoResults`` when the graph has no programme at all.
    """
    members: dict[str, int] = defaultdict(int)
    for _, v, d in G.edges(data=True):
        if d.get("type") == "PARTICIPATES_IN":
            members[v] += 1
    programmes = [n for n, d in G.nodes(data=True) if d.get("label") == "Programme"]
    if not programmes:
        raise NoResults("the graph has no programme")
    return min(programmes, key=lambda n: (-members[n], -G.degree(n), G.nodes[n]["name"]))


def participation(G: nx.MultiDiGraph) -> Table:
    """Which institutions join which initiatives: one row per (institution, programme)."""
    rows = [{**r, "docs": [_doc_name(G, d) for d in r["docs"]]} for r in participation_table(G)]
    return Table.from_records(rows, ["institution", "programme", "count", "docs"],
                              "institution × programme (count = evidence sentences)")


def participation_chart(G: nx.MultiDiGraph, top: int = 25):
    """A dot matrix of institutions × programmes, dot area by evidence; returns the Figure.

    Only the ``top`` most active institutions and programmes are drawn so the labels stay
    readable; the table from ``participation`` has all of them.
    """
    from matplotlib.figure import Figure

    use_cjk_font()
    rows = participation_table(G)
    by_inst: dict[str, int] = defaultdict(int)
    by_prog: dict[str, int] = defaultdict(int)
    for r in rows:
        by_inst[r["institution"]] += r["count"]
        by_prog[r["programme"]] += r["count"]
    insts = sorted(by_inst, key=lambda k: (-by_inst[k], k))[:top][::-1]
    progs = sorted(by_prog, key=lambda k: (-by_prog[k], k))[:top]
    iy, px = {n: i for i, n in enumerate(insts)}, {n: i for i, n in enumerate(progs)}
    shown = [r for r in rows if r["institution"] in iy and r["programme"] in px]
    fig = Figure(figsize=(max(6, 0.5 * len(progs) + 3), max(3, 0.4 * len(insts) + 2)))
    ax = fig.add_subplot()
    ax.scatter([px[r["programme"]] for r in shown], [iy[r["institution"]] for r in shown],
               s=[60 * r["count"] for r in shown], color="#2f6f9f", alpha=0.8)
    ax.set_xticks(range(len(progs)), progs, rotation=60, ha="right")
    ax.set_yticks(range(len(insts)), insts)
    ax.set_xlim(-0.7, max(len(progs) - 0.3, 0.7))
    ax.set_ylim(-0.7, max(len(insts) - 0.3, 0.7))
    ax.grid(alpha=0.3)
    ax.set_title("机构参与的项目 Institutions × programmes")
    fig.tight_layout()
    return fig


def profile_tables(G: nx.MultiDiGraph, node: str) -> list[Table]:
    """The profile of an entity as tables: programmes of an institution, or a programme's
    institutions, bodies, items, places and targets. Other entities have none."""
    label = G.nodes[node].get("label")
    if label == "Institution":
        return [Table.from_records(programmes_of(G, node), ["name", "count"], "programmes")]
    if label != "Programme":
        return []
    p = programme_profile(G, node)
    tables = [
        Table.from_records(p["institutions"], ["name", "count"], "institutions"),
        Table.from_records(p["bodies"], ["name", "role"], "bodies"),
        Table.from_records(p["items"], ["name"], "items"),
        Table.from_records([{"name": x} for x in p["places"]], ["name"], "places"),
        Table.from_records(p["targets"], ["name", "deadline"], "targets"),
    ]
    return [t for t in tables if len(t)]


def relations_table(G: nx.MultiDiGraph, node: str) -> Table:
    """Every relation of ``node`` with each evidence sentence, its document and item."""
    rows = []
    edges = [(v, "→", d) for _, v, d in G.out_edges(node, data=True)]
    edges += [(u, "←", d) for u, _, d in G.in_edges(node, data=True)]
    for other, way, d in edges:
        for ev in d.get("evidence") or [{}]:
            rows.append({
                "relation": f"{way} {d['type']}",
                "other": G.nodes[other].get("name", other),
                "document": _doc_name(G, d.get("doc")),
                "item": _doc_name(G, ev.get("item")),
                "evidence": ev.get("sentence", ""),
            })
    rows.sort(key=lambda r: (r["relation"], cell_text(r["other"]), cell_text(r["evidence"])))
    return Table.from_records(rows, ["relation", "other", "document", "item", "evidence"],
                              "relations and evidence")


def evidence_table(G: nx.MultiDiGraph, programme: str) -> Table:
    """The sentences that support a programme's relations, with document and item."""
    rows = [{"relation": e.get("relations", e.get("relation")), "document": _doc_name(G, e["doc"]),
             "item": _doc_name(G, e.get("item")), "sentence": e["sentence"]}
            for e in programme_profile(G, programme)["evidence"]]
    return Table.from_records(rows, ["relation", "document", "item", "sentence"], "evidence")


def targets(G: nx.MultiDiGraph) -> Table:
    """Every quantified target (e.g. 新建30所学校) with its deadline and sentence."""
    rows = [{"target": d["name"], "quantity": d.get("quantity"), "unit": d.get("unit"),
             "object": d.get("object"), "deadline": d.get("deadline"),
             "document": _doc_name(G, d.get("doc")), "sentence": d.get("sentence")}
            for _, d in G.nodes(data=True) if d.get("label") == "Target"]
    rows.sort(key=lambda r: (cell_text(r["document"]), cell_text(r["target"])))
    return Table.from_records(rows, ["target", "quantity", "unit", "object", "deadline",
                                     "document", "sentence"], "targets")


def inline_graph(G: nx.MultiDiGraph, height: int = 600, **options: Any) -> InlineHTML:
    """The interactive graph page of ``G`` (``kg.viz.render_page``) for a notebook cell."""
    from kg.viz import render_page

    return InlineHTML(render_page(G, **options), height)
