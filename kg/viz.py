"""Graph pages: a MultiDiGraph drawn by pyvis into one self-contained, offline HTML page.

pyvis builds the vis-network nodes, edges and options; the page around them is our own
template (``kg/assets/page.html``) because pyvis's template and its select/filter menus
load Bootstrap and Tom Select from a CDN even with ``cdn_resources="in_line"``. The
vis-network script and stylesheet shipped inside the pyvis package are inlined, so the
page makes no request at all. The filter panel, legend, search box and side panel are
plain JS (``kg/assets/viz.js``) that writes document text with ``textContent`` only.

Public entry points: ``render_page`` / ``write_page`` (a full page) and ``render_fragment``
(a ``<div>`` plus scripts to embed in another page); what to show comes from
``kg.selection`` (``select_subgraph``, ``stored_graph``).
"""
from __future__ import annotations

import math
import pathlib
import random
import webbrowser
from typing import Any, Iterable

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from kg.errors import UsageError
from kg.selection import select_subgraph, source_graph as _source

ASSETS = pathlib.Path(__file__).with_name("assets")
VIS_LIB = pathlib.Path(__import__("pyvis").__file__).with_name("lib") / "vis-9.1.2"

FONT_STACK = '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif'

# label → (colour, vis shape). vis scales only shapes that draw their label below (dot,
# star, ...) by ``value``, so all but Document (a box, label inside) use those.
STYLE: dict[str, tuple[str, str]] = {
    "Document": ("#4e79a7", "box"),
    "Section": ("#9c755f", "triangle"),
    "Item": ("#bab0ac", "triangleDown"),
    "Institution": ("#e15759", "dot"),
    "Body": ("#f28e2b", "hexagon"),
    "Programme": ("#59a14f", "star"),
    "Place": ("#76b7b2", "diamond"),
    "Policy": ("#b07aa1", "square"),
    "Target": ("#edc948", "dot"),
}
OTHER_STYLE = ("#888888", "dot")
STRUCTURE = ("Document", "Section", "Item", "Target")

BIG_GRAPH = 1000  # above this many nodes: no improvedLayout, straight edges, cheaper solver
EVIDENCE_LIMIT = 5  # evidence sentences kept per node and per edge in the page
CONTEXT = 40  # characters of context either side of a mention


# --------------------------------------------------------------------------- page data helpers
def _names(source: nx.MultiDiGraph) -> dict[str, str]:
    """Display names of documents and items: what evidence refers to."""
    return {n: d.get("name") or n for n, d in source.nodes(data=True)
            if d.get("label") in ("Document", "Item")}


def _documents(source: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    return {n: {"title": d.get("name") or d.get("title") or n, "year": d.get("year")}
            for n, d in source.nodes(data=True) if d.get("label") == "Document"}


# --------------------------------------------------------------------------- page data


def _context(sentence: str, text: str | None) -> list[str]:
    """[before, mention, after] around the first occurrence of ``text`` in ``sentence``,
    cut to CONTEXT characters either side; the mention is empty when it is not found."""
    sentence = sentence or ""
    at = sentence.find(text) if text else -1
    if at < 0:
        cut = sentence[: 3 * CONTEXT]
        return [cut + ("…" if len(sentence) > len(cut) else ""), "", ""]
    before = sentence[max(0, at - CONTEXT): at]
    after = sentence[at + len(text): at + len(text) + CONTEXT]
    return [("…" if at > CONTEXT else "") + before, text,
            after + ("…" if at + len(text) + CONTEXT < len(sentence) else "")]


def _evidence(items: Iterable[dict[str, Any]], names: dict[str, str],
              marks: Iterable[str] = ()) -> tuple[list[dict], int]:
    """At most EVIDENCE_LIMIT pieces of evidence, each with its document, item name and
    context around the mention (or, for relations, around the first of ``marks`` found),
    and how many there were in all."""
    marks = [m for m in marks if m]
    out, total = [], 0
    for ev in items:
        total += 1
        if len(out) < EVIDENCE_LIMIT:
            item = ev.get("item")
            out.append({"doc": ev.get("doc"), "item": names.get(item, item) if item else None,
                        "context": _context(ev.get("sentence", ""), ev.get("text") or next(
                            (m for m in marks if m in (ev.get("sentence") or "")), None))})
    return out, total


def _node_evidence(G: nx.MultiDiGraph, n: str, data: dict[str, Any]) -> Iterable[dict]:
    if data.get("label") == "Target" and data.get("sentence"):
        yield {"doc": data.get("doc"), "item": data.get("item"), "sentence": data["sentence"]}
    for _, _, e in G.out_edges(n, data=True):
        if e.get("type") == "MENTIONED_IN":
            yield from e.get("evidence") or ()


def _degree(G: nx.MultiDiGraph, n: str, data: dict[str, Any]) -> int:
    """Entities are sized by degree (``annotate``'s when present); documents, sections,
    items and targets keep the smallest size, or mention counts would dwarf everything."""
    if data.get("label") in STRUCTURE:
        return 1
    return int(data["degree"]) if data.get("degree") is not None else G.degree(n)


def _seed_layout(G: nx.MultiDiGraph, spacing: float = 60.0) -> dict[str, dict[str, float]]:
    """Starting positions for big graphs, where vis skips its own (slow) improved layout:
    one disc per community (else per first document), discs on a sunflower spiral, nodes
    spread at about ``spacing`` apart. Starting this close to a layout, a few dozen physics
    iterations finish it; from vis's random start they leave a ring of flung-out nodes."""
    groups: dict[Any, list[str]] = {}
    for n, d in G.nodes(data=True):
        key = d.get("community")
        if key is None:
            key = (d.get("docs") or [""])[0]
        groups.setdefault(key, []).append(n)
    rng = random.Random(7)
    golden = math.pi * (3 - math.sqrt(5))
    placed: dict[str, dict[str, float]] = {}
    total = 0
    for i, members in enumerate(sorted(groups.values(), key=len, reverse=True)):
        # the centre moves out as the area of the discs already placed grows
        r_centre = spacing * math.sqrt(total + len(members) / 2)
        cx, cy = r_centre * math.cos(i * golden), r_centre * math.sin(i * golden)
        radius = spacing * math.sqrt(len(members)) / 2
        for n in members:
            r, a = radius * math.sqrt(rng.random()), 2 * math.pi * rng.random()
            placed[n] = {"x": round(cx + r * math.cos(a), 1), "y": round(cy + r * math.sin(a), 1)}
        total += len(members)
    return placed


def build_network(G: nx.MultiDiGraph, source: nx.MultiDiGraph | None = None) -> Network:
    """The pyvis Network for ``G``: one vis node per node, one vis edge per (source,
    relation type, target) with the documents and evidence of its MultiDiGraph edges.
    Entity mentions and document/item names come from ``source``, the whole graph ``G``
    was cut from (default: the one ``select_subgraph`` recorded, else ``G``)."""
    source = _source(G) if source is None else source
    names = _names(source)
    only = set(G.graph["kg_docs"]) if "kg_docs" in G.graph else None
    start = _seed_layout(G) if G.number_of_nodes() > BIG_GRAPH else {}
    net = Network(directed=True, cdn_resources="in_line")
    # pyvis checks node membership against a list; a dict keeps big graphs linear.
    net.get_nodes = lambda: net.node_map  # type: ignore[method-assign]
    for n, d in G.nodes(data=True):
        label = d.get("label", "")
        colour, shape = STYLE.get(label, OTHER_STYLE)
        evidence, total = _evidence((ev for ev in _node_evidence(source, n, d)
                                     if only is None or ev.get("doc") in only), names)
        degree = _degree(G, n, d)
        net.add_node(str(n), label=str(d.get("name") or n), shape=shape, color=colour,
                     value=degree, **start.get(n, {}), kg={
                         "type": label, "name": str(d.get("name") or n),
                         "aliases": [str(a) for a in d.get("aliases") or ()],
                         "docs": list(d.get("docs") or ()), "evidence": evidence,
                         "evidenceTotal": total, "centrality": d.get("centrality"),
                         "degree": None if label in STRUCTURE else degree,
                         "community": d.get("community")})
    merged: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for u, v, e in G.edges(data=True):
        merged.setdefault((str(u), str(e.get("type", "")), str(v)), []).append(e)
    for (u, t, v), group in merged.items():
        ends = [n for x in (u, v) for n in (G.nodes[x].get("name"), *(G.nodes[x].get("aliases") or ()))]
        evidence, total = _evidence((ev for e in group for ev in e.get("evidence") or ()), names,
                                    ends)
        count = sum(int(e.get("count") or 0) for e in group)
        net.add_edge(u, v, id=f"{u}|{t}|{v}", label=t, value=max(count, 1), kg={
            "type": t, "docs": sorted({e.get("doc") for e in group if e.get("doc")}),
            "evidence": evidence, "evidenceTotal": total})
    net.options = _options(G.number_of_nodes())
    return net


def _iterations(n_nodes: int) -> int:
    """Layout iterations before physics stops: each costs time in proportion to the graph
    (about 0.1 s per iteration at 5,000 nodes on a 2-core machine), so big graphs get fewer."""
    return max(50, min(400, 150_000 // max(n_nodes, 1)))


def _options(n_nodes: int) -> dict[str, Any]:
    big = n_nodes > BIG_GRAPH
    return {
        "autoResize": True,
        "layout": {"improvedLayout": not big, "randomSeed": 7},
        "nodes": {
            "font": {"face": FONT_STACK, "size": 14},
            "scaling": {"min": 8, "max": 40,
                        "label": {"enabled": True, "min": 12, "max": 20, "drawThreshold": 4}},
            "borderWidth": 1,
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"face": FONT_STACK, "size": 10, "align": "middle", "color": "#555555"},
            "color": {"color": "#9aa5b1", "highlight": "#333333", "inherit": False},
            "scaling": {"min": 1, "max": 6, "label": {"enabled": False}},
            # dynamic smoothing adds a hidden physics node per edge: too slow for big graphs
            "smooth": False if big else {"type": "continuous"},
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based" if big else "barnesHut",
            "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 80,
                                 "avoidOverlap": 0},
            "barnesHut": {"gravitationalConstant": -3000, "springLength": 90, "avoidOverlap": 0.2},
            # bounded; viz.js switches physics off once these iterations are done
            "stabilization": {"enabled": True, "iterations": _iterations(n_nodes),
                              "updateInterval": 50, "fit": True},
        },
        "interaction": {"hover": True, "hideEdgesOnDrag": big, "tooltipDelay": 150},
    }


def page_data(G: nx.MultiDiGraph, source: nx.MultiDiGraph | None = None) -> dict[str, Any]:
    """Everything the page script needs, as JSON-ready data (``source``: see build_network)."""
    net = build_network(G, source)
    documents = _documents(_source(G) if source is None else source)
    counts: dict[str, int] = {}
    for _, d in G.nodes(data=True):
        counts[d.get("label", "")] = counts.get(d.get("label", ""), 0) + 1
    relations: dict[str, int] = {}
    for e in net.edges:
        relations[e["label"]] = relations.get(e["label"], 0) + 1
    used_docs = sorted({doc for n in net.nodes for doc in n["kg"]["docs"]}
                       | {doc for e in net.edges for doc in e["kg"]["docs"]})
    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
        "types": [{"type": t, "color": STYLE.get(t, OTHER_STYLE)[0],
                   "shape": STYLE.get(t, OTHER_STYLE)[1], "count": counts[t]}
                  for t in [*STYLE, *sorted(set(counts) - set(STYLE))] if t in counts],
        "relations": [{"type": t, "count": c} for t, c in sorted(relations.items())],
        "documents": [{"id": d, "title": documents.get(d, {}).get("title") or d,
                       "year": documents.get(d, {}).get("year")} for d in used_docs],
        "focus": G.graph.get("kg_focus") if G.graph.get("kg_focus") in G else None,
    }


# --------------------------------------------------------------------------- rendering

_ENV = Environment(loader=FileSystemLoader(str(ASSETS)),
                   autoescape=select_autoescape(default=True, default_for_string=True))
# tojson still escapes < > & ' (so data cannot close its <script>); Chinese stays readable
_ENV.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}


def _asset(path: pathlib.Path) -> Markup:
    # Trusted files shipped with the code; a closing tag inside would end the element early.
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise RuntimeError(f"{path} cannot be inlined: it contains a closing tag")
    return Markup(text)


def head_assets() -> Markup:
    """The <style> and <script> elements a page needs once before any fragment."""
    return Markup(_ENV.get_template("assets.html").render(
        vis_css=_asset(VIS_LIB / "vis-network.css"), vis_js=_asset(VIS_LIB / "vis-network.min.js"),
        kg_css=_asset(ASSETS / "viz.css"), kg_js=_asset(ASSETS / "viz.js")))


def _prepare(G, entity, depth, types, docs) -> nx.MultiDiGraph:
    if entity or types or docs:
        return select_subgraph(G, entity=entity, depth=depth, types=types, docs=docs)
    return G


def render_fragment(
    G: nx.MultiDiGraph,
    *,
    element_id: str = "kg-graph",
    include_assets: bool = True,
    entity: str | None = None,
    depth: int = 1,
    types: Iterable[str] | None = None,
    docs: Iterable[str | int] | None = None,
    source: nx.MultiDiGraph | None = None,
) -> str:
    """An embeddable ``<div>`` with the graph, its panels and scripts. With
    ``include_assets=False`` the host page must include ``head_assets()`` once."""
    H = _prepare(G, entity, depth, types, docs)
    return _ENV.get_template("fragment.html").render(
        element_id=element_id, data=page_data(H, source),
        assets=head_assets() if include_assets else "")


def render_page(
    G: nx.MultiDiGraph,
    *,
    title: str = "policy-kg graph",
    entity: str | None = None,
    depth: int = 1,
    types: Iterable[str] | None = None,
    docs: Iterable[str | int] | None = None,
    source: nx.MultiDiGraph | None = None,
) -> str:
    """One self-contained HTML page (no network access) showing ``G`` or the part of it
    chosen by ``entity``/``depth``/``types``/``docs`` (see ``select_subgraph``). When
    ``G`` is already a piece of a bigger graph, pass that as ``source``: the panel then
    shows mentions and item names that ``G`` itself left out."""
    H = _prepare(G, entity, depth, types, docs)
    fragment = Markup(_ENV.get_template("fragment.html").render(
        element_id="kg-graph", data=page_data(H, source), assets=""))
    return _ENV.get_template("page.html").render(
        title=title, assets=head_assets(), fragment=fragment,
        n_nodes=H.number_of_nodes(), n_edges=H.number_of_edges())


def write_page(G: nx.MultiDiGraph, path: str | pathlib.Path, *, open_browser: bool = False,
               **options: Any) -> pathlib.Path:
    """Write ``render_page(G, **options)`` to ``path`` (UTF-8); optionally open it."""
    path = pathlib.Path(path)
    if path.parent and not path.parent.exists():
        raise UsageError(f"{path}: directory {path.parent} does not exist")
    path.write_text(render_page(G, **options), encoding="utf-8")
    if open_browser:
        webbrowser.open(path.resolve().as_uri())
    return path
