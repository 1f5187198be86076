"""`kg serve` latency per canned query: p50/p95 of loopback HTTP requests.

    .venv/bin/python bench/serve_latency.py [--requests 30] [--docs 0] [--record]

The store is an embedded FalkorDB in a temporary folder, filled by ``kg.build.build`` from
the bundled sample and, with ``--docs N``, with N more documents from
``bench/load_speed.py``'s corpus (the real seed plans' graphs copied with years shifted and
places renamed), each loaded with ``Store.load``. The app runs in-process (uvicorn in a thread on
127.0.0.1, a free port) exactly as ``kg serve`` builds it. Each canned query's page
(``/query/NAME?run=1&...``: bind, run on the store, render the table) is requested
``--requests`` times after two warm-up requests, one request at a time; parameter values
are taken from the graph (the busiest programme, institution, ...). Search, an entity
page and a query's graph view are measured the same way. ``--record`` writes the section
into bench/RESULTS.md between this script's markers.
"""
from __future__ import annotations

import argparse
import pathlib
import statistics
import sys
import tempfile
import time
from contextlib import nullcontext
from typing import Any

import httpx

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.results import machine, markers, record  # noqa: E402
import queries  # noqa: E402
from kg.build import build  # noqa: E402
from kg.report import busiest_programme  # noqa: E402
from kg.serve import create_app  # noqa: E402
from kg.serve.explorer import GraphExplorer, open_explorer  # noqa: E402
from kg.serve.server import serving  # noqa: E402
from kg.stores import open_store  # noqa: E402

SAMPLE = ROOT / "data" / "suzhou-2023-education-work-points.txt"
START, END = markers("serve_latency")
WARM_UP = 2


def _top(G, label: str, relation: str | None = None) -> str | None:
    """The name of the ``label`` node with the most ``relation`` edges (or the highest degree)."""
    def score(n):
        if relation is None:
            return G.degree(n)
        return sum(1 for *_, d in G.edges(n, data=True) if d["type"] == relation)

    nodes = [n for n, d in G.nodes(data=True) if d.get("label") == label]
    return G.nodes[max(nodes, key=lambda n: (score(n), n))]["name"] if nodes else None


def sample_params(G) -> dict[str, Any]:
    """A value for every parameter name the canned queries use, taken from the graph."""
    programme = G.nodes[busiest_programme(G)]["name"]
    docs = sorted((d.get("year") or 0, n) for n, d in G.nodes(data=True) if d["label"] == "Document")
    values = {
        "programme": programme, "entity": programme, "target": programme,
        "institution": _top(G, "Institution", "PARTICIPATES_IN"), "source": _top(G, "Institution"),
        "body": _top(G, "Body"), "policy": _top(G, "Policy"), "fragment": programme[:2],
        "before": docs[0][1], "after": docs[-1][1],
    }
    return {k: v for k, v in values.items() if v}


def timed(client: httpx.Client, url: str, params: dict[str, str], n: int) -> list[float]:
    for _ in range(WARM_UP):
        client.get(url, params=params).raise_for_status()
    out = []
    for _ in range(n):
        t = time.perf_counter()
        response = client.get(url, params=params)
        out.append((time.perf_counter() - t) * 1000)
        response.raise_for_status()
    return out


def measure(explorer: GraphExplorer, n: int) -> list[tuple[str, str, list[float]]]:
    G = explorer.graph
    values = sample_params(G)
    rows = []
    # The bench opened the store itself around the server, so the app gets it as is.
    with serving(create_app(lambda: nullcontext(explorer))) as base, httpx.Client(base_url=base,
                                                                            timeout=120) as c:
        for name, query in queries.registry().items():
            params = {p.name: str(values[p.name]) for p in query.params
                      if p.required and p.name in values}
            missing = [p.name for p in query.params if p.required and p.name not in params]
            if missing:
                rows.append((name, f"skipped: no value for {', '.join(missing)}", []))
                continue
            rows.append((name, _shown(params), timed(c, f"/query/{name}", {"run": "1", **params}, n)))
        programme = busiest_programme(G)
        rows.append(("(search page)", f"q={values['fragment']}",
                     timed(c, "/search", {"q": values["fragment"]}, n)))
        rows.append(("(entity page)", G.nodes[programme]["name"], timed(c, f"/entity/{programme}", {}, n)))
        rows.append(("(graph view)", "institutions-in-programme",
                     timed(c, "/query/institutions-in-programme/graph",
                           {"programme": G.nodes[programme]["name"]}, n)))
    return rows


def corpus_graphs(docs: int) -> list:
    """``docs`` one-document graphs from bench/load_speed.py (none when ``docs`` is 0)."""
    if not docs:
        return []
    sys.path.insert(0, str(ROOT / "bench"))  # load_speed imports its sibling ``corpus``
    from load_speed import build_corpus

    return build_corpus(docs)


def _shown(params: dict[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in params.items()) or "(defaults)"


def _ms(values: list[float], q: float) -> str:
    if not values:
        return "–"
    return f"{statistics.quantiles(values, n=100, method='inclusive')[int(q) - 1]:.1f}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=30, help="timed requests per page")
    ap.add_argument("--docs", type=int, default=0,
                    help="also load this many documents of bench/load_speed.py's corpus")
    ap.add_argument("--record", action="store_true", help="write the section into bench/RESULTS.md")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="serve_latency-") as tmp:
        folder = pathlib.Path(tmp) / "store"
        started = time.perf_counter()
        with open_store("embedded", path=str(folder)) as store:
            build([SAMPLE], store)
            for H in corpus_graphs(args.docs):
                store.load(H)
        built = time.perf_counter() - started
        with open_explorer(lambda: open_store("embedded", path=str(folder))) as explorer:
            G = explorer.graph
            rows = measure(explorer, args.requests)
    documents = sum(1 for _, d in G.nodes(data=True) if d["label"] == "Document")
    source = "the bundled sample" + (
        f" and {args.docs:,} documents of `bench/load_speed.py`'s corpus" if args.docs else "")
    lines = [
        START,
        "## kg serve latency (`bench/serve_latency.py`)",
        "",
        f"`.venv/bin/python bench/serve_latency.py --requests {args.requests}"
        + (f" --docs {args.docs}" if args.docs else "") + "`: "
        f"store filled from {source} ({documents:,} documents, {G.number_of_nodes():,} nodes, "
        f"{G.number_of_edges():,} edges; build {built:.1f} s). The app runs in-process on "
        f"127.0.0.1; one client, one request at a time, {WARM_UP} warm-up requests, then "
        f"{args.requests} timed requests per page. Milliseconds, whole HTTP round trip "
        "(bind, query the store, render HTML):",
        "",
        "| page | parameters | p50 ms | p95 ms |",
        "|---|---|---:|---:|",
        *(f"| {name} | {shown} | {_ms(t, 50)} | {_ms(t, 95)} |" for name, shown, t in rows),
        "",
        f"Machine: {machine()} (shared with other jobs while measured).",
        END,
    ]
    section = "\n".join(lines)
    print(section)
    if args.record:
        record(section, "serve_latency")


if __name__ == "__main__":
    main()
