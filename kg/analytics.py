"""Graph-first analytics over the MultiDiGraph from ``kg.graph.build_graph``.

Plain functions, networkx style: the graph comes first, entity arguments are a node id,
a canonical name or an alias. Rows are plain dicts sorted deterministically, so a
notebook can hand them to pandas and tests can compare them.
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from itertools import combinations
from typing import Any, Iterable

import networkx as nx

from kg.errors import NoResults
from kg.model import ENTITY_TYPES

SEED = 42  # community detection and sampled centrality are random; fix them
BODY_ROLES = ("LEADS", "RESPONSIBLE_FOR", "SUPPORTS")
CENTRALITY_SAMPLE = 400  # above this many entities, betweenness is estimated from a sample


def example_graph() -> nx.MultiDiGraph:
    """A two-document graph small enough for examples: 2 institutions, 2 programmes.

    >>> G = example_graph()
    >>> sorted(d["name"] for _, d in G.nodes(data=True) if d["label"] == "Programme")
    ['双一流', '郑和计划']
    """
    from kg.graph import build_graph
    from kg.model import Document, Entity, Evidence, Extraction, Relation

    text_a = "苏州农业职业技术学院参与郑和计划。中科大建设双一流。"
    text_b = "苏州农业职业技术学院参与郑和计划。"
    a = Document("doc-a", "a.txt", text_a, "txt", title="甲", year=2023)
    b = Document("doc-b", "b.txt", text_b, "txt", title="乙", year=2024)
    ents = (
        Entity("i1", "Institution", "苏州农业职业技术学院"),
        Entity("i2", "Institution", "中国科学技术大学", ("中科大",)),
        Entity("p1", "Programme", "郑和计划"),
        Entity("p2", "Programme", "双一流"),
    )
    rels = (
        Relation("r1", "PARTICIPATES_IN", "i1", "p1", (
            Evidence("doc-a", 0, 17, text_a[:17]), Evidence("doc-b", 0, 17, text_b))),
        Relation("r2", "PARTICIPATES_IN", "i2", "p2", (Evidence("doc-a", 17, 26, text_a[17:]),)),
    )
    return build_graph(Extraction((a, b), ents, (), rels))


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def resolve(G: nx.MultiDiGraph, ref: str, labels: Iterable[str] | None = None) -> str:
    """The node id for ``ref``: a node id, a canonical name or an alias (exact match).

    Names win over aliases; ties go to the better connected node, then the smaller id.
    Raises ``kg.errors.NoResults`` when nothing matches.

    >>> G = example_graph()
    >>> G.nodes[resolve(G, "中科大")]["name"]
    '中国科学技术大学'
    """
    wanted = set(labels) if labels else None
    if ref in G and (wanted is None or G.nodes[ref].get("label") in wanted):
        return ref
    by_name, by_alias = [], []
    for n, d in G.nodes(data=True):
        if wanted is not None and d.get("label") not in wanted:
            continue
        if d.get("name") == ref:
            by_name.append(n)
        elif ref in (d.get("aliases") or ()):
            by_alias.append(n)
    found = by_name or by_alias
    if not found:
        kinds = "/".join(sorted(wanted)) if wanted else "entity"
        raise NoResults(f"no {kinds} named {ref!r}")
    return min(found, key=lambda n: (-G.degree(n), n))


def _relation_rows(G, pairs) -> list[dict[str, Any]]:
    """Sum edge counts per other end: ``pairs`` yields (other node, edge data)."""
    count: dict[str, int] = defaultdict(int)
    docs: dict[str, set[str]] = defaultdict(set)
    for other, data in pairs:
        count[other] += data["count"]
        docs[other].add(data["doc"])
    rows = [{"id": n, "name": G.nodes[n]["name"], "count": count[n], "docs": sorted(docs[n])}
            for n in count]
    return sorted(rows, key=lambda r: (-r["count"], r["name"], r["id"]))


def programmes_of(G: nx.MultiDiGraph, institution: str) -> list[dict[str, Any]]:
    """Programmes an institution takes part in, with evidence counts, most evidence first.

    >>> [(r["name"], r["count"]) for r in programmes_of(example_graph(), "苏州农业职业技术学院")]
    [('郑和计划', 2)]
    """
    node = resolve(G, institution, ["Institution"])
    return _relation_rows(G, ((v, d) for _, v, d in G.out_edges(node, data=True)
                              if d["type"] == "PARTICIPATES_IN"))


def institutions_in(G: nx.MultiDiGraph, programme: str) -> list[dict[str, Any]]:
    """Institutions taking part in a programme, with evidence counts.

    >>> [r["name"] for r in institutions_in(example_graph(), "双一流")]
    ['中国科学技术大学']
    """
    node = resolve(G, programme, ["Programme"])
    return _relation_rows(G, ((u, d) for u, _, d in G.in_edges(node, data=True)
                              if d["type"] == "PARTICIPATES_IN"))


def participation_table(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """The institution × programme table: one row per pair, with evidence and documents.

    >>> [(r["institution"], r["programme"], r["count"]) for r in participation_table(example_graph())]
    [('中国科学技术大学', '双一流', 1), ('苏州农业职业技术学院', '郑和计划', 2)]
    """
    count: dict[tuple[str, str], int] = defaultdict(int)
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for u, v, d in G.edges(data=True):
        if d["type"] == "PARTICIPATES_IN":
            count[u, v] += d["count"]
            docs[u, v].add(d["doc"])
    rows = [{"institution": G.nodes[u]["name"], "programme": G.nodes[v]["name"],
             "count": c, "docs": sorted(docs[u, v])} for (u, v), c in count.items()]
    return sorted(rows, key=lambda r: (r["institution"], r["programme"]))


def _evidence_of(G, node) -> list[dict[str, Any]]:
    """Distinct evidence sentences on the node's edges, with the relations they support."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for u, v, d in [*G.in_edges(node, data=True), *G.out_edges(node, data=True)]:
        for ev in d["evidence"]:
            if not ev.get("sentence"):
                continue
            row = found.setdefault((ev["doc"], ev["sentence"]), {
                "doc": ev["doc"], "item": ev["item"], "start": ev["start"],
                "sentence": ev["sentence"], "relations": set()})
            row["start"] = min(row["start"], ev["start"])
            row["relations"].add(d["type"])
    rows = [{**r, "relations": sorted(r["relations"])} for r in found.values()]
    return sorted(rows, key=lambda e: (e["doc"], e["start"]))


def programme_profile(G: nx.MultiDiGraph, programme: str) -> dict[str, Any]:
    """Everything about a programme: institutions, items, bodies, places, targets, evidence.

    Bodies are those that lead, support or are responsible for the programme or an item
    that mentions it; places are the programme's own and its institutions' partners.

    >>> p = programme_profile(example_graph(), "郑和计划")
    >>> p["name"], [i["name"] for i in p["institutions"]], len(p["evidence"])
    ('郑和计划', ['苏州农业职业技术学院'], 2)
    """
    node = resolve(G, programme, ["Programme"])
    data = G.nodes[node]
    items = sorted({v for _, v, d in G.out_edges(node, data=True)
                    if d["type"] == "MENTIONED_IN" and G.nodes[v]["label"] == "Item"})
    bodies = set()
    for target in (node, *items):
        bodies.update((u, d["type"]) for u, _, d in G.in_edges(target, data=True)
                      if d["type"] in BODY_ROLES and G.nodes[u]["label"] == "Body")
    institutions = institutions_in(G, node)
    places = set()
    for n in (node, *(r["id"] for r in institutions)):
        for u, v, d in [*G.in_edges(n, data=True), *G.out_edges(n, data=True)]:
            other = v if u == n else u
            if G.nodes[other]["label"] == "Place" and d["type"] != "MENTIONED_IN":
                places.add(other)
    targets = [v for _, v, d in G.out_edges(node, data=True) if d["type"] == "HAS_TARGET"]
    return {
        "id": node,
        "name": data["name"],
        "aliases": list(data["aliases"]),
        "docs": list(data["docs"]),
        "institutions": institutions,
        "items": [{"id": i, "name": G.nodes[i]["name"], "doc": G.nodes[i]["doc"]} for i in items],
        "bodies": sorted(({"name": G.nodes[b]["name"], "role": r} for b, r in bodies),
                         key=lambda r: (r["name"], r["role"])),
        "places": sorted(G.nodes[p]["name"] for p in places),
        "targets": sorted(({k: G.nodes[t].get(k) for k in
                            ("name", "quantity", "unit", "object", "deadline", "doc")}
                           for t in set(targets)), key=lambda t: (t["doc"], t["name"])),
        "evidence": _evidence_of(G, node),
    }


def co_participation(G: nx.MultiDiGraph) -> nx.Graph:
    """Institutions that share programmes: an undirected graph weighted by shared programmes.

    >>> H = co_participation(example_graph())
    >>> H.number_of_nodes(), H.number_of_edges()
    (2, 0)
    """
    members: dict[str, set[str]] = defaultdict(set)
    H = nx.Graph()
    for u, v, d in G.edges(data=True):
        if d["type"] == "PARTICIPATES_IN":
            members[v].add(u)
            H.add_node(u, name=G.nodes[u]["name"])
    for prog, insts in members.items():
        for a, b in combinations(sorted(insts), 2):
            if not H.has_edge(a, b):
                H.add_edge(a, b, weight=0, programmes=[])
            H.edges[a, b]["weight"] += 1
            H.edges[a, b]["programmes"].append(G.nodes[prog]["name"])
    for _, _, d in H.edges(data=True):
        d["programmes"].sort()
    return H


def entity_projection(G: nx.MultiDiGraph) -> nx.Graph:
    """Entities linked by relations or by being mentioned in the same item, weighted.

    >>> P = entity_projection(example_graph())
    >>> sorted(P.edges[e]["weight"] for e in P.edges)
    [1, 2]
    """
    P = nx.Graph()
    P.add_nodes_from(n for n, d in G.nodes(data=True) if d["label"] in ENTITY_TYPES)
    in_item: dict[str, set[str]] = defaultdict(set)
    for u, v, d in G.edges(data=True):
        if u in P and v in P and u != v:
            w = P.edges[u, v]["weight"] if P.has_edge(u, v) else 0
            P.add_edge(u, v, weight=w + max(d["count"], 1))
        elif d["type"] == "MENTIONED_IN" and u in P and G.nodes[v]["label"] == "Item":
            in_item[v].add(u)
    for members in in_item.values():
        for a, b in combinations(sorted(members), 2):
            w = P.edges[a, b]["weight"] if P.has_edge(a, b) else 0
            P.add_edge(a, b, weight=w + 1)
    return P


def communities(G: nx.MultiDiGraph, seed: int = SEED) -> list[set[str]]:
    """Clusters of entities that work together (Louvain, fixed seed), largest first.

    Ties in size are ordered by the smallest node id, so numbering is stable.

    >>> [sorted(example_graph().nodes[n]["name"] for n in c) for c in communities(example_graph())]
    [['苏州农业职业技术学院', '郑和计划'], ['中国科学技术大学', '双一流']]
    """
    P = entity_projection(G)
    found = nx.community.louvain_communities(P, weight="weight", seed=seed) if len(P) else []
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def centrality(G: nx.MultiDiGraph, seed: int = SEED) -> dict[str, float]:
    """Betweenness centrality of entities in the entity projection (sampled on big graphs).

    >>> sorted(set(centrality(example_graph()).values()))
    [0.0]
    """
    P = entity_projection(G)
    k = CENTRALITY_SAMPLE if len(P) > CENTRALITY_SAMPLE else None
    return nx.betweenness_centrality(P, k=k, seed=seed)


def annotate(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Write ``community`` (0 = largest), ``centrality`` and ``degree`` on entity nodes.

    ``degree`` counts distinct related entities. Returns ``G`` for chaining.

    >>> G = annotate(example_graph())
    >>> sorted((d["name"], d["community"], d["degree"]) for _, d in G.nodes(data=True)
    ...        if d["label"] == "Programme")
    [('双一流', 1, 1), ('郑和计划', 0, 1)]
    """
    P = entity_projection(G)
    scores = centrality(G)
    for index, members in enumerate(communities(G)):
        for n in members:
            G.nodes[n]["community"] = index
    for n in P:
        G.nodes[n]["centrality"] = round(scores.get(n, 0.0), 6)
        G.nodes[n]["degree"] = P.degree(n)
    return G


def _docs_for(G: nx.MultiDiGraph, ref: str | int) -> set[str]:
    """Document ids for a document id, title, or a year (all documents of that year)."""
    docs = {n: d for n, d in G.nodes(data=True) if d["label"] == "Document"}
    text = str(ref)
    if text in docs:
        return {text}
    found = {n for n, d in docs.items() if text in (d.get("title"), d.get("name"), d.get("path"))}
    if not found and text.isdigit():
        found = {n for n, d in docs.items() if d.get("year") == int(text)}
    if not found:
        raise NoResults(f"no document or year {text!r}")
    return found


def compare_documents(G: nx.MultiDiGraph, doc_a: str | int, doc_b: str | int) -> dict[str, list[str]]:
    """Programmes new in ``doc_b``, continued from ``doc_a``, and dropped since ``doc_a``.

    Either side is a document id, a title, or a year (all documents of that year).

    >>> compare_documents(example_graph(), 2023, 2024)
    {'new': [], 'continued': ['郑和计划'], 'dropped': ['双一流']}
    """
    a, b = _docs_for(G, doc_a), _docs_for(G, doc_b)
    in_a, in_b = set(), set()
    for _, d in G.nodes(data=True):
        if d["label"] == "Programme":
            if a.intersection(d["docs"]):
                in_a.add(d["name"])
            if b.intersection(d["docs"]):
                in_b.add(d["name"])
    return {"new": sorted(in_b - in_a), "continued": sorted(in_a & in_b),
            "dropped": sorted(in_a - in_b)}


def find(G: nx.MultiDiGraph, fragment: str, labels: Iterable[str] = ENTITY_TYPES) -> list[str]:
    """Entity ids whose name or an alias contains ``fragment`` (NFKC, case-insensitive).

    Exact matches come first, then shorter names.

    >>> [example_graph().nodes[n]["name"] for n in find(example_graph(), "中科")]
    ['中国科学技术大学']
    """
    needle = _norm(fragment)
    wanted = set(labels)
    hits = []
    for n, d in G.nodes(data=True):
        if d["label"] not in wanted:
            continue
        names = [_norm(d["name"]), *(_norm(a) for a in d.get("aliases") or ())]
        if any(needle in x for x in names):
            hits.append((needle not in names, len(d["name"]), d["name"], n))
    return [h[-1] for h in sorted(hits)]


def neighbourhood(G: nx.MultiDiGraph, node: str, depth: int = 1) -> nx.MultiDiGraph:
    """The subgraph within ``depth`` hops of ``node``, following edges either way.

    >>> H = neighbourhood(example_graph(), "双一流")
    >>> sorted(d["name"] for _, d in H.nodes(data=True))
    ['中国科学技术大学', '双一流']
    """
    center = resolve(G, node)
    return nx.ego_graph(G, center, radius=depth, undirected=True).copy()


# The relations a connection may follow (structure and targets are not connections).
CONNECTING = frozenset(("PARTICIPATES_IN", "RESPONSIBLE_FOR", "LEADS", "SUPPORTS",
                        "PARTNERS_WITH", "LOCATED_IN", "CITES", "MENTIONED_IN"))


def _linked(G: nx.MultiDiGraph, node: str) -> set[str]:
    return ({v for _, v, t in G.out_edges(node, data="type") if t in CONNECTING}
            | {u for u, _, t in G.in_edges(node, data="type") if t in CONNECTING})


def shortest_connection(G: nx.MultiDiGraph, source: str, target: str,
                        max_hops: int = 4) -> dict[str, Any] | None:
    """The shortest chain linking two entities, as ``queries/shortest-connection.cypher``
    finds it: through relations and the items that mention both, a document only as the
    one node between them; among equally short chains, the fewest items, then by name.

    >>> shortest_connection(example_graph(), "苏州农业职业技术学院", "郑和计划")
    {'hops': 1, 'path': ['苏州农业职业技术学院', '郑和计划'], 'kinds': ['Institution', 'Programme']}
    >>> shortest_connection(example_graph(), "中科大", "郑和计划") is None  # nothing links them
    True
    """
    a, b = resolve(G, source, ENTITY_TYPES), resolve(G, target, ENTITY_TYPES)
    if a == b:
        return None

    def label(n: str) -> str:
        return G.nodes[n]["label"]

    a1, b1 = _linked(G, a), _linked(G, b)
    inner_b = [y for y in b1 if label(y) != "Document"]
    chains: list[list[str]] = [[a, b]] if b in a1 else [[a, m, b] for m in a1 & b1]
    if not chains and max_hops >= 3:
        chains = [[a, p, y, b] for y in inner_b for p in _linked(G, y) & a1
                  if p != b and label(p) != "Document"]
    if not chains and max_hops >= 4:
        near_b = {y: _linked(G, y) - {b} for y in inner_b}
        chains = [[a, x, p, y, b] for x in a1 if label(x) != "Document"
                  for p in _linked(G, x) - {a} if label(p) != "Document"
                  for y in inner_b if p in near_b[y]]
    if not chains or len(chains[0]) - 1 > max_hops:
        return None

    def rank(chain: list[str]) -> tuple:
        names = [G.nodes[n]["name"] for n in chain]
        kinds = [label(n) for n in chain]
        return sum(k in ("Item", "Document") for k in kinds), names, kinds

    best = min(chains, key=rank)
    _, path, kinds = rank(best)
    return {"hops": len(best) - 1, "path": path, "kinds": kinds}
