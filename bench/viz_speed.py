"""How long a big graph page takes to write, and to open in headless Chromium.

    .venv/bin/python bench/viz_speed.py [--nodes 5000] [--repeat 3] [--record]

The graph is ``tests.viz.graphs.synthetic_graph`` (20 plans with sections and items, the
rest entities with a mention and ~2 relations each) built by the real ``build_graph``.
Write time: ``kg.viz.write_page``. Open time, measured in the page with
``performance.now()`` (milliseconds since navigation start): ``network`` when vis has
the data, ``stabilized`` when the bounded layout iterations are done and physics is
switched off, ``first stable draw`` when the first frame after that is painted. Each
repeat is a fresh browser context. Medians are printed as a Markdown section;
Once settled, one zoom redraw and a type filter switched off and on again are timed too.
``--record`` writes it into bench/RESULTS.md between this script's markers.
"""
from __future__ import annotations

import argparse
import pathlib
import statistics
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.results import machine, markers, record  # noqa: E402
from kg.viz import _iterations, _options, write_page  # noqa: E402
from tests.fixtures.browser import CHROMIUM_ARGS, chromium_path  # noqa: E402
from tests.viz.graphs import synthetic_graph  # noqa: E402

# Usable once settled: one zoom redraw, and hiding then showing every Institution.
INTERACTION = """async () => {
  const frame = () => new Promise(r => kgNetwork.once("afterDrawing", r));
  let t = performance.now();
  const drawn = frame(); kgNetwork.moveTo({scale: 0.6}); await drawn;
  const zoom = performance.now() - t;
  const box = document.querySelector(".kg-types input[value=Institution]");
  t = performance.now();
  box.click(); box.click();
  const filter = performance.now() - t;
  return {zoom, filter};
}"""
START, END = markers("viz_speed")


def open_times(paths: list[pathlib.Path]) -> list[dict[str, float]]:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        sys.exit("viz_speed: Chromium not found (apt-get install chromium)")
    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        version = browser.version
        for path in paths:
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            page = context.new_page()
            page.goto(path.as_uri())
            page.wait_for_selector("#kg-graph[data-stable]", state="attached", timeout=300_000)
            timings = dict(page.evaluate("kgTimings"))
            timings.update(page.evaluate(INTERACTION))
            out.append(timings)
            context.close()
        browser.close()
    for t in out:
        t["chromium"] = version
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--record", action="store_true", help="write the section into bench/RESULTS.md")
    args = ap.parse_args()

    G = synthetic_graph(args.nodes)
    vis_edges = len({(u, d["type"], v) for u, v, d in G.edges(data=True)})
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="viz_speed-"))
    writes, paths = [], []
    for i in range(args.repeat):
        path = tmp / f"graph{i}.html"
        t = time.perf_counter()
        write_page(G, path, title=f"{args.nodes} nodes")
        writes.append(time.perf_counter() - t)
        paths.append(path)
    opened = open_times(paths)
    med = lambda key: statistics.median(t[key] for t in opened) / 1000  # noqa: E731
    physics = _options(args.nodes)["physics"]
    section = "\n".join([
        START,
        "## Graph pages (`bench/viz_speed.py`)",
        "",
        f"`.venv/bin/python bench/viz_speed.py --nodes {args.nodes} --repeat {args.repeat}`: "
        f"a synthetic graph of {G.number_of_nodes():,} nodes and {G.number_of_edges():,} "
        f"MultiDiGraph edges ({vis_edges:,} drawn edges), page "
        f"{paths[0].stat().st_size / 2**20:.1f} MiB; layout: {physics['solver']}, "
        f"{_iterations(args.nodes)} iterations from a seeded start, then physics off. "
        f"Headless Chromium {opened[0]['chromium']}. Median of {args.repeat} runs, seconds "
        "(open times from navigation start, measured in the page):",
        "",
        "| write_page | vis has the data | layout done | first stable draw "
        "| then: one zoom redraw | type filter off+on |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {statistics.median(writes):.2f} | {med('network'):.2f} | {med('stabilized'):.2f} "
        f"| {med('firstStableDraw'):.2f} | {med('zoom'):.2f} | {med('filter'):.2f} |",
        "",
        f"Machine: {machine()} (shared with other jobs while measured).",
        END,
    ])
    print(section)
    if args.record:
        record(section, "viz_speed")


if __name__ == "__main__":
    main()
