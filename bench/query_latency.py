"""p50/p95 latency of every canned query on a loaded corpus of generated plans.

    .venv/bin/python bench/query_latency.py [--docs 1000] [--repeat 30]
        [--neo4j-uri bolt://...] [--record]

The corpus is ``bench/load_speed.py``'s: the real seed plans extracted once, each
document's graph copied with years shifted and places renamed, ``--docs`` documents in
all. The copies are merged into one graph (``docs`` and aliases united, as ``build_graph``
does), annotated, and loaded into an embedded FalkorDB in a temporary folder, and into
Neo4j as well when ``--neo4j-uri`` (or ``NEO4J_URI``) is given — that Neo4j's project data
is reset first and after. Each canned query then runs ``--repeat`` times after two warm-up
runs, one at a time, through ``Store.run`` (round trip, rows as Python), with its default
parameters and values taken from the graph (the busiest programme, institution, ...).
``--record`` writes the section into bench/RESULTS.md between this script's markers.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import sys
import tempfile
import time
from typing import Any

import networkx as nx

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.results import machine, markers, record  # noqa: E402
import queries  # noqa: E402
from bench.load_speed import build_corpus  # noqa: E402
from bench.serve_latency import _ms, sample_params  # noqa: E402
from kg.graph import annotate  # noqa: E402
from kg.stores import open_store  # noqa: E402

START, END = markers("query_latency")
WARM_UP = 2
GOAL_MS = 50


def merge(graphs: list[nx.MultiDiGraph]) -> nx.MultiDiGraph:
    """One graph of one-document graphs: shared nodes keep every document and alias."""
    G = nx.MultiDiGraph()
    for H in graphs:
        for n, d in H.nodes(data=True):
            if n in G:
                G.nodes[n]["docs"] = sorted(set(G.nodes[n]["docs"]) | set(d["docs"]))
                G.nodes[n]["aliases"] = sorted(set(G.nodes[n]["aliases"]) | set(d["aliases"]))
            else:
                G.add_node(n, **d)
        G.add_edges_from(H.edges(keys=True, data=True))
    return G


def timed(store: Any, query: queries.Query, params: dict[str, Any], n: int) -> tuple[list[float], int]:
    for _ in range(WARM_UP):
        rows = store.run(query.text, params)
    out = []
    for _ in range(n):
        t = time.perf_counter()
        store.run(query.text, params)
        out.append((time.perf_counter() - t) * 1000)
    return out, len(rows)


def measure(store: Any, values: dict[str, Any], n: int) -> dict[str, tuple[str, list[float], int]]:
    results = {}
    for name, query in queries.registry().items():
        raw = {p.name: str(values[p.name]) for p in query.params
               if p.required and p.name in values}
        shown = ", ".join(f"{k}={v}" for k, v in raw.items()) or "(defaults)"
        missing = [p.name for p in query.params if p.required and p.name not in raw]
        if missing:
            results[name] = (f"skipped: no value for {', '.join(missing)}", [], 0)
            continue
        times, rows = timed(store, query, query.bind(raw), n)
        results[name] = (shown, times, rows)
    return results


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000, help="documents in the corpus")
    ap.add_argument("--repeat", type=int, default=30, help="timed runs per query")
    ap.add_argument("--neo4j-uri", default=os.environ.get("NEO4J_URI"))
    ap.add_argument("--neo4j-user", default=os.environ.get("NEO4J_USERNAME", "neo4j"))
    ap.add_argument("--neo4j-password", default=os.environ.get("NEO4J_PASSWORD"))
    ap.add_argument("--record", action="store_true", help="write the section into RESULTS.md")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kg-query-bench-") as tmp:
        folder = pathlib.Path(tmp)
        t = time.perf_counter()
        graphs = build_corpus(args.docs)
        corpus_s = time.perf_counter() - t
        t = time.perf_counter()
        G = annotate(merge(graphs))
        graph_s = time.perf_counter() - t
        print(f"{len(graphs)} documents generated in {corpus_s:.0f}s; graph of "
              f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges merged and annotated "
              f"in {graph_s:.1f}s", file=sys.stderr)
        values = sample_params(G)
        columns = {}
        loads = {}
        with open_store("embedded", path=folder / "store") as store:
            summary = store.load(G)
            loads["FalkorDB (embedded)"] = summary.seconds
            columns["FalkorDB (embedded)"] = measure(store, values, args.repeat)
        if args.neo4j_uri:
            with open_store("neo4j", uri=args.neo4j_uri, user=args.neo4j_user,
                            password=args.neo4j_password) as store:
                store.reset()
                summary = store.load(G)
                loads["Neo4j 5"] = summary.seconds
                columns["Neo4j 5"] = measure(store, values, args.repeat)
                store.reset()
    section = report(args, len(graphs), G, corpus_s, graph_s, loads, columns)
    print(section)
    if args.record:
        record(section, "query_latency")


def report(args, docs: int, G, corpus_s: float, graph_s: float, loads: dict[str, float],
           columns: dict[str, dict]) -> str:
    stores = list(columns)
    first = columns[stores[0]]
    head = "| query | parameters | rows | " + " | ".join(
        f"{s} p50 ms | {s} p95 ms" for s in stores) + " |"
    rule = "|---|---|---:|" + "---:|---:|" * len(stores)
    lines = []
    for name, (shown, _, rows) in first.items():
        cells = []
        for s in stores:
            times = columns[s][name][1]
            p95 = _ms(times, 95)
            flag = " ⚠" if times and float(p95) > GOAL_MS and s == stores[0] else ""
            cells.append(f"{_ms(times, 50)} | {p95}{flag}")
        lines.append(f"| {name} | {shown} | {rows} | " + " | ".join(cells) + " |")
    embedded = [t for _, t, _ in first.values() if t]
    over = [n for n, (_, t, _) in first.items() if t and float(_ms(t, 95)) > GOAL_MS]
    verdict = (f"every canned query has p95 ≤ {GOAL_MS} ms on the embedded store" if not over
               else f"p95 above {GOAL_MS} ms on the embedded store: {', '.join(over)} (⚠)")
    load_text = "; ".join(f"{s} {sec:.1f}s" for s, sec in loads.items())
    return "\n".join([
        START,
        "## Canned query latency (`bench/query_latency.py`)",
        "",
        f"`.venv/bin/python bench/query_latency.py --docs {args.docs} --repeat {args.repeat}"
        f"{' --neo4j-uri ' + args.neo4j_uri if args.neo4j_uri else ''}`: {docs} documents "
        f"generated by bench/load_speed.py from the 5 real plans ({corpus_s:.0f}s); one graph of "
        f"{G.number_of_nodes():,} nodes and {G.number_of_edges():,} edges, merged and "
        f"annotated in {graph_s:.1f}s; loaded in "
        f"{load_text}. Each query: {WARM_UP} warm-up runs, then {args.repeat} timed runs of "
        "`Store.run` (round trip, rows as Python), one at a time, default parameters; the "
        "others are taken from the graph (the busiest programme, institution, ...).",
        "",
        head,
        rule,
        *lines,
        "",
        f"Result: {verdict}. Over all queries on the embedded store: median "
        f"{_ms([x for t in embedded for x in t], 50)} ms.",
        "",
        f"Machine: {machine()} (shared with other jobs while measured).",
        END,
    ])


if __name__ == "__main__":
    main()
