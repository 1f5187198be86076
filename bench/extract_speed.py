"""Extraction throughput against jieba's segmentation of the same text, and peak memory.

    .venv/bin/python bench/extract_speed.py [--min-bytes 1000000] [--repeat 3] [--rounds 2]
                                            [--json] [--profile]

Builds a corpus of at least ``--min-bytes`` of policy text (bench/corpus.py), then runs two
measurements, each in its own child process so each peak RSS is its own:

* ``jieba``: ``jieba.lcut`` over every document's text, after ``jieba.initialize()``;
* ``extract``: ``loaders.load`` (read, clean, outline) over every file, then
  ``loaders.extract.extract`` over the ParsedDocuments (after one warm-up document, so
  building the spaCy pipeline is not counted), and ``find_targets`` alone over the clean text.

Each timing is the best of ``--repeat`` runs in each of ``--rounds`` alternating pairs of
children, in wall-clock and in process CPU seconds (the CPU figure is steadier on a shared
machine; the best is kept per step). Prints a Markdown table; ratios are extraction
chars/s over jieba chars/s (goal ≥ 1.0) and peak RSS (goal < 1 GB).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402  (bench/corpus.py, next to this script)
from results import machine  # noqa: E402  (bench/results.py)


def best_of(repeat: int, work) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the fastest of ``repeat`` runs of ``work()``."""
    runs = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        runs.append((time.perf_counter() - wall, time.process_time() - cpu))
    return min(runs)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def phase_jieba(paths: list[Path], repeat: int) -> dict:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    wall, cpu = best_of(repeat, lambda: [jieba.lcut(t) for t in texts])
    return {"jieba": {"chars": sum(map(len, texts)), "wall": wall, "cpu": cpu}, "rss_mb": peak_rss_mb()}


def phase_extract(paths: list[Path], repeat: int, profile: bool) -> dict:
    import loaders
    from loaders.extract import extract
    from loaders.extract.targets import find_targets

    parsed: list = []

    def load_all():
        parsed[:] = [loaders.load(p) for p in paths]

    load_wall, load_cpu = best_of(repeat, load_all)
    chars = sum(len(p.document.source) for p in parsed)
    clean = [p.clean.text for p in parsed]
    extract(parsed[:1])  # warm-up: builds the pipeline once
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(extract, parsed)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
    ext_wall, ext_cpu = best_of(repeat, lambda: extract(parsed))
    tgt_wall, tgt_cpu = best_of(repeat, lambda: [find_targets(t) for t in clean])
    return {
        "load": {"chars": chars, "wall": load_wall, "cpu": load_cpu},
        "extract": {"chars": chars, "wall": ext_wall, "cpu": ext_cpu},
        "targets": {"chars": sum(map(len, clean)), "wall": tgt_wall, "cpu": tgt_cpu},
        "rss_mb": peak_rss_mb(),
    }


def child(phase: str, folder: Path, repeat: int, profile: bool) -> dict:
    cmd = [sys.executable, __file__, "--phase", phase, "--corpus", str(folder), "--repeat", str(repeat)]
    if profile:
        cmd.append("--profile")
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def best_runs(runs: list[dict]) -> dict:
    """Per step, the run with the least CPU time; the peak RSS is the highest seen."""
    steps = {k for run in runs for k in run if k != "rss_mb"}
    best = {k: min((run[k] for run in runs), key=lambda r: r["cpu"]) for k in steps}
    return {**best, "rss_mb": max(run["rss_mb"] for run in runs)}


def table(results: dict, size: int, files: int) -> str:
    base = results["jieba"]["chars"] / results["jieba"]["cpu"]
    rows = [
        ("`jieba.lcut` (dictionary loaded)", results["jieba"], results["rss_jieba"]),
        ("`loaders.load` (read, clean, outline)", results["load"], None),
        ("`loaders.extract.extract` (spaCy pipeline)", results["extract"], results["rss_extract"]),
        ("load + extract", {"chars": results["extract"]["chars"],
                            "wall": results["load"]["wall"] + results["extract"]["wall"],
                            "cpu": results["load"]["cpu"] + results["extract"]["cpu"]}, None),
        ("of which `find_targets` alone", results["targets"], None),
    ]
    lines = [f"Corpus: {files} documents, {size / 1e6:.2f} MB UTF-8, "
             f"{results['jieba']['chars']:,} characters. Machine: {machine()}.", "",
             "| step | wall s | CPU s | chars/s (CPU) | vs jieba | peak RSS |",
             "|---|---|---|---|---|---|"]
    for name, r, rss in rows:
        speed = r["chars"] / r["cpu"] if r["cpu"] else float("inf")
        lines.append(f"| {name} | {r['wall']:.2f} | {r['cpu']:.2f} | {speed:,.0f} | {speed / base:.2f} "
                     f"| {f'{rss:.0f} MB' if rss else ''} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-bytes", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per child (best kept)")
    parser.add_argument("--rounds", type=int, default=2, help="alternating jieba/extract children")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON")
    parser.add_argument("--profile", action="store_true", help="cProfile one extraction run (stderr)")
    parser.add_argument("--phase", choices=("jieba", "extract"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        paths = sorted(args.corpus.glob("*.txt"))
        run = phase_jieba(paths, args.repeat) if args.phase == "jieba" else \
            phase_extract(paths, args.repeat, args.profile)
        print(json.dumps(run))
        return
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        paths = corpus.build(Path(tmp), args.min_bytes)
        size = sum(p.stat().st_size for p in paths)
        # Rounds alternate the two children, so a burst of load on a shared machine
        # does not fall on one side only; each figure is the best over the rounds.
        jieba_runs, extract_runs = [], []
        for n in range(args.rounds):
            jieba_runs.append(child("jieba", Path(tmp), args.repeat, False))
            extract_runs.append(child("extract", Path(tmp), args.repeat, args.profile and not n))
        jieba_run, extract_run = best_runs(jieba_runs), best_runs(extract_runs)
    results = {**jieba_run, **extract_run, "rss_jieba": jieba_run["rss_mb"], "rss_extract": extract_run["rss_mb"]}
    results.pop("rss_mb")
    results["ratio_cpu"] = (results["extract"]["chars"] / results["extract"]["cpu"]) / (
        results["jieba"]["chars"] / results["jieba"]["cpu"])
    results["ratio_wall"] = (results["extract"]["chars"] / results["extract"]["wall"]) / (
        results["jieba"]["chars"] / results["jieba"]["wall"])
    if args.json:
        print(json.dumps({**results, "bytes": size, "files": len(paths), "machine": machine()}, indent=1))
    else:
        print(table(results, size, len(paths)))
        print(f"\nExtraction / jieba throughput: {results['ratio_cpu']:.2f} (CPU time), "
              f"{results['ratio_wall']:.2f} (wall clock). Goal ≥ 1.0; peak RSS goal < 1024 MB.")


if __name__ == "__main__":
    main()
