"""Loading speed: batched per-document writes against one transaction per element, per store.

The corpus is made from real plans: the seed documents of ``bench/corpus.py`` are extracted
once with the project's pipeline, and each document's graph is then copied ``--docs`` times
in all, with the years shifted and the place names changed (so the institutions, bodies and
programmes named after a place change name too, as ``corpus.variant`` does to the text).
Entities without a place in their name are shared by many copies, as in a real collection.

Measured side by side in one run, on each store (FalkorDB always; Neo4j with --neo4j-uri,
NEO4J_URI, or --start-neo4j which runs the test server from tests/neo4j):

- batched: ``Store.load`` (one transaction per document, ``UNWIND $rows`` per label/type);
- graph elements (node + edge rows) per second for the whole corpus, batched;
- per element: the same MERGE (nodes) and CREATE (edges) statements with one row, one
  transaction per node or edge, for ``--baseline-docs`` more documents added to the full
  store, against batched for them; and how much of each is spent in the store's hands.

usage: .venv/bin/python bench/load_speed.py [--docs 1000] [--baseline-docs 25]
                                           [--start-neo4j | --neo4j-uri URI] [--write-results]
"""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench.results import machine, markers, record  # noqa: E402
import corpus  # noqa: E402  (bench/corpus.py)

from kg import schema  # noqa: E402
from kg.graph import build_graph, entity_node_id  # noqa: E402
from kg.model import stable_id  # noqa: E402
from kg.stores import cypher  # noqa: E402
from kg.stores.writer import document_batches, document_ids  # noqa: E402

START, END = markers("load_speed")


# -- the corpus ----------------------------------------------------------------------------
def seed_graphs() -> list[nx.MultiDiGraph]:
    """One graph per real seed plan, extracted with the project's pipeline."""
    from loaders.extract import extract_paths

    paths = [p for d in corpus.SEED_DIRS if d.is_dir() for p in sorted(d.glob("*.txt"))]
    extraction, errors = extract_paths(paths)
    if errors:
        raise SystemExit(f"extraction failed: {errors[0]}")
    G = build_graph(extraction)
    out = []
    for doc in (d.id for d in extraction.documents):
        H = G.subgraph([n for n, a in G.nodes(data=True) if doc in a["docs"]]).copy()
        H.remove_edges_from([(u, v, k) for u, v, k, a in H.edges(keys=True, data=True)
                             if a["doc"] != doc])
        out.append(H)
    return out


def _vary(key: str, value, n: int, ids: dict[str, str]):
    if isinstance(value, str):
        return ids.get(value) or corpus.variant(value, n)
    if isinstance(value, list):
        return [_vary(key, v, n, ids) for v in value]
    if isinstance(value, dict):
        return {k: _vary(k, v, n, ids) for k, v in value.items()}
    if key == "year" and isinstance(value, int):
        return value + n % 7  # as corpus.variant shifts the years in the text
    return value


def variant_graph(H: nx.MultiDiGraph, n: int) -> nx.MultiDiGraph:
    """Copy ``n`` of a one-document graph: new document, varied names, same shape."""
    ids = {}
    for node, a in H.nodes(data=True):
        if a["label"] in schema.ENTITY_LABELS:
            ids[node] = entity_node_id(a["label"], corpus.variant(a["name"], n))
        else:
            ids[node] = stable_id(node, n)
    doc = next(node for node, a in H.nodes(data=True) if a["label"] == "Document")
    V = nx.MultiDiGraph()
    for node, a in H.nodes(data=True):
        attrs = {k: _vary(k, v, n, ids) for k, v in a.items()}
        attrs["docs"] = [ids[doc]]
        if a["label"] == "Document":
            attrs["path"] = f"bench/{n:04d}-{Path(a['path']).name}"
        V.add_node(ids[node], **attrs)
    for u, v, a in H.edges(data=True):
        attrs = {k: _vary(k, val, n, ids) for k, val in a.items()}
        V.add_edge(ids[u], ids[v], key=f"{a['type']}|{ids[doc]}", **attrs)
    return V


def build_corpus(docs: int) -> list[nx.MultiDiGraph]:
    seeds = seed_graphs()
    return [variant_graph(seeds[i % len(seeds)], i // len(seeds)) for i in range(docs)]


# -- the measurements ----------------------------------------------------------------------
def load_batched(store, graphs, progress: list | None = None, schema_ready: bool = False
                 ) -> tuple[int, float]:
    """``Store.load`` per document; ``progress`` collects elements/s per 100 documents."""
    if not schema_ready:
        store.apply_schema()
    elements, started = 0, time.perf_counter()
    mark = (0, started)
    for i, G in enumerate(graphs, 1):
        summary = store.load(G)
        if summary.failed:
            raise SystemExit(f"load failed: {summary.failed[0]}")
        elements += summary.nodes + summary.edges
        if progress is not None and i % 100 == 0:
            now = time.perf_counter()
            progress.append((elements - mark[0]) / (now - mark[1]))
            mark = (elements, now)
    return elements, time.perf_counter() - started


def load_per_element(store, graphs, schema_ready: bool = False) -> tuple[int, float]:
    """The same MERGE and CREATE statements, one row each, one transaction per node or edge."""
    if not schema_ready:
        store.apply_schema()  # before the clock starts, as in load_batched
    node_q = {label: cypher.render("merge_nodes", label=label) + "\nRETURN done"
              for label in schema.NODE_LABELS}
    edge_q = {rel: cypher.render("create_edges", type=rel) + "\nRETURN done"
              for rel in schema.RELATION_TYPES}
    elements, started = 0, time.perf_counter()
    for G in graphs:
        for batch in document_batches(G):
            for label, rows in batch.nodes.items():
                for row in rows:
                    store.run(node_q[label], {"doc": batch.doc, cypher.node_param(label): [row]},
                              write=True)
            for rel, rows in batch.edges.items():
                for row in rows:
                    store.run(edge_q[rel], {"doc": batch.doc, cypher.edge_param(rel): [row]},
                              write=True)
            elements += batch.node_count + batch.edge_count
    return elements, time.perf_counter() - started


class StoreClock:
    """Sums the time spent in the store's hands: inside ``store.run`` (parameters rendered,
    sent, executed, read back) and inside a write transaction (which on Neo4j runs its
    statements through the driver's transaction, not ``store.run``), so that the client's
    own share of a load can be told from the store's."""

    def __init__(self, store):
        self.store, self.seconds, self._depth = store, 0.0, 0
        self._run, self._transaction = store.run, store._transaction

    def _timed(self):
        @contextlib.contextmanager
        def clock():
            self._depth += 1
            started = time.perf_counter()
            try:
                yield
            finally:
                self._depth -= 1
                if not self._depth:  # a run inside a transaction is counted once
                    self.seconds += time.perf_counter() - started
        return clock

    def __enter__(self):
        clock = self._timed()

        def run(*args, **kwargs):
            with clock():
                return self._run(*args, **kwargs)

        @contextlib.contextmanager
        def transaction():
            with clock(), self._transaction() as tx:
                yield tx

        self.store.run, self.store._transaction = run, transaction
        return self

    def __exit__(self, *exc):
        del self.store.run, self.store._transaction  # back to the class's methods


def measure(name: str, open_store, graphs, extra, rounds: int = 5) -> dict:
    """Batched on the whole corpus from an empty store; then, on that full store, per element
    against batched for the ``extra`` documents.

    The comparison alternates in ``rounds`` (per element, remove, batched, remove; the
    removals untimed) so that load from other jobs slows both alike, and it runs on a
    populated store with settled statistics, as adding plans to a collection does.
    """
    n_slow = t_slow = n_fast = t_fast = s_slow = s_fast = 0.0
    with open_store() as store:
        store.reset()
        progress: list[float] = []
        n_all, t_all = load_batched(store, graphs, progress)
        held = store.run("MATCH (n:KGNode) RETURN count(n) AS n")[0]["n"]
        held_edges = store.run("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
        for r in range(rounds):
            chunk = extra[r::rounds]
            with StoreClock(store) as clock:
                n, t = load_per_element(store, chunk, schema_ready=True)
            n_slow, t_slow, s_slow = n_slow + n, t_slow + t, s_slow + clock.seconds
            remove_all(store, chunk)
            with StoreClock(store) as clock:
                n, t = load_batched(store, chunk, schema_ready=True)
            n_fast, t_fast, s_fast = n_fast + n, t_fast + t, s_fast + clock.seconds
            remove_all(store, chunk)
        assert store.run("MATCH (n:KGNode) RETURN count(n) AS n")[0]["n"] == held
    row = {"store": name, "docs": len(graphs), "baseline_docs": len(extra),
           "per_element": n_slow / t_slow, "batched_first": n_fast / t_fast,
           "speedup": (n_fast / t_fast) / (n_slow / t_slow),
           # time in the store's hands per element, and the speed-up if only that counted
           "store_ms_per_element": (1000 * s_slow / n_slow, 1000 * s_fast / n_fast),
           "store_speedup": (s_slow / n_slow) / (s_fast / n_fast),
           "elements": n_all, "seconds": t_all, "batched_all": n_all / t_all,
           "nodes_held": held, "edges_held": held_edges, "progress": progress}
    print(f"{name}: {n_all} elements of {len(graphs)} docs in {t_all:.1f}s = "
          f"{row['batched_all']:.0f}/s (per 100 documents: "
          + ", ".join(f"{p:.0f}" for p in progress) + f"); store holds {held} nodes, "
          f"{held_edges} edges; {len(extra)} more docs: per element {row['per_element']:.0f}/s, "
          f"batched {row['batched_first']:.0f}/s ({row['speedup']:.0f}x; in the store "
          f"{row['store_ms_per_element'][0]:.3f} vs {row['store_ms_per_element'][1]:.3f} ms "
          f"per element, {row['store_speedup']:.0f}x)", flush=True)
    return row


def remove_all(store, graphs) -> None:
    for G in graphs:
        for doc in document_ids(G):
            store.remove_document(doc)


# -- the report ----------------------------------------------------------------------------
def report(rows: list[dict], command: str) -> str:
    r0 = rows[0]
    lines = [
        START, "## Loading (`bench/load_speed.py`)", "",
        f"`{command}`: {r0['docs']} documents made from the real seed plans (years shifted, "
        f"places renamed), {r0['elements']:,} node and edge rows; the stores end up holding "
        f"{r0['nodes_held']:,} nodes and {r0['edges_held']:,} edges (shared entities merged). "
        "Batched = `Store.load`, one transaction per document with `UNWIND $rows`, timed on the "
        "whole corpus from an empty store. Then, on that full store, "
        f"{r0['baseline_docs']} more documents are added per element (the same MERGE and CREATE "
        "statements with one row, one transaction per node or edge) and batched, alternating "
        "in 5 rounds with the documents removed again in between (untimed), so that load from "
        "other jobs hits both alike. Neo4j: the test server from `tests/neo4j` (Community 5.26, "
        "embedded DBMS with Bolt on loopback, `-Xmx768m`).", "",
        "| store | whole corpus, batched (elements/s) | whole corpus (s) "
        f"| {r0['baseline_docs']} more docs, per element (elements/s) "
        f"| {r0['baseline_docs']} more docs, batched (elements/s) | speed-up "
        "| ms per element in the store, per element / batched | speed-up in the store |",
        "|---|---:|---:|---:|---:|---:|---|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['store']} | {r['batched_all']:,.0f} | {r['seconds']:.1f} | "
                     f"{r['per_element']:,.0f} | {r['batched_first']:,.0f} | {r['speedup']:.0f}× | "
                     f"{r['store_ms_per_element'][0]:.3f} / {r['store_ms_per_element'][1]:.3f} | "
                     f"{r['store_speedup']:.0f}× |")
    lines += ["", "In the store = inside `store.run` or a write transaction: rendering the "
              "parameters, the round trips and the store's own work; the rest of a load is the "
              "client turning the graph into rows "
              "(`kg.stores.writer`) and hashing them. One statement costs the store a fixed "
              "amount (parse, plan, commit, and on FalkorDB an fsync of the append-only file) "
              "plus its work per element; batching saves only the fixed part, so the speed-up "
              "is bounded by how large that is against the work per element.", ""]
    lines += ["Batched elements/s for each successive 100 documents of the whole corpus "
              "(does loading slow down as the store grows?):", ""]
    lines += [f"- {r['store']}: " + ", ".join(f"{p:,.0f}" for p in r["progress"]) for r in rows]
    lines += ["", f"Machine: {machine()}.", END]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--baseline-docs", type=int, default=25)
    parser.add_argument("--neo4j-uri", default=os.environ.get("NEO4J_URI"))
    parser.add_argument("--start-neo4j", action="store_true",
                        help="run the test Neo4j from tests/neo4j (build.sh) for the benchmark")
    parser.add_argument("--write-results", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args(argv)

    from kg.stores.embedded import EmbeddedStore
    from kg.stores.neo4j import Neo4jSettings, Neo4jStore

    everything = build_corpus(args.docs + args.baseline_docs)
    graphs, extra = everything[:args.docs], everything[args.docs:]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        rows.append(measure("FalkorDB (embedded)", lambda: EmbeddedStore(Path(tmp) / "store"),
                            graphs, extra))
        server = None
        settings = None
        if args.start_neo4j:
            from tests.neo4j.launch import TestNeo4j

            # Full JIT (the tests stop at C1 to start faster); still a small heap.
            server = TestNeo4j(Path(tmp) / "neo4j", java_opts=("-Xmx768m",))
            settings = Neo4jSettings(**server.start())
        elif args.neo4j_uri:
            settings = Neo4jSettings.from_env(uri=args.neo4j_uri)
        try:
            if settings is not None:
                rows.append(measure("Neo4j 5 (Bolt)", lambda: Neo4jStore(settings), graphs, extra))
        finally:
            if server is not None:
                server.stop()
    command = "python bench/load_speed.py " + " ".join(argv if argv is not None else sys.argv[1:])
    section = report(rows, command.strip())
    print(section)
    if args.write_results:
        record(section, "load_speed")


if __name__ == "__main__":
    main()
