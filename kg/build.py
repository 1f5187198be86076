"""``kg build`` as a library call: extract documents, build and annotate the graph, load it.

>>> with open_store("embedded") as store:                       # doctest: +SKIP
...     report = build(["data/"], store, workers=2)
...     print(report)
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import networkx as nx

import queries
from kg.errors import InputError
from kg.graph import annotate, build_graph
from kg.model import ENTITY_TYPES, Extraction
from kg.stores.base import LoadSummary

#: Called as progress(phase, done, total): phase "extracting" per file, then "loading".
Progress = Callable[[str, int, int], None]
STRUCTURE_RELATIONS = ("PART_OF", "MENTIONED_IN")


@dataclass
class BuildReport:
    """What a build read, what it added, and what it could not read."""

    documents: int = 0
    entities: Counter = field(default_factory=Counter)  # by type
    relations: Counter = field(default_factory=Counter)  # by type, without structure edges
    mentions: int = 0
    targets: int = 0
    errors: list[InputError] = field(default_factory=list)
    load: LoadSummary = field(default_factory=LoadSummary)
    reannotated: bool = False  # analytics recomputed over the whole store

    def lines(self) -> list[str]:
        ents = ", ".join(f"{n} {t}" for t, n in sorted(self.entities.items())) or "none"
        rels = ", ".join(f"{n} {t}" for t, n in sorted(self.relations.items())) or "none"
        load = self.load
        out = [f"documents: {self.documents} read ({len(load.loaded)} new, "
               f"{len(load.replaced)} replaced, {len(load.unchanged)} unchanged)",
               f"entities:  {sum(self.entities.values())} ({ents})",
               f"relations: {sum(self.relations.values())} ({rels})",
               f"mentions:  {self.mentions}",
               f"targets:   {self.targets}"]
        if self.load.failed:
            out += [f"not loaded: {where}: {why}" for where, why in self.load.failed]
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


def summarise(G: nx.MultiDiGraph, report: BuildReport) -> BuildReport:
    labels = Counter(d["label"] for _, d in G.nodes(data=True))
    report.documents = labels["Document"]
    report.entities = Counter({t: labels[t] for t in ENTITY_TYPES if labels[t]})
    report.targets = labels["Target"]
    types = Counter(d["type"] for _, _, d in G.edges(data=True))
    report.mentions = sum(d["count"] for _, _, d in G.edges(data=True)
                          if d["type"] == "MENTIONED_IN")
    report.relations = Counter({t: n for t, n in types.items() if t not in STRUCTURE_RELATIONS})
    return report


def extract(paths: Sequence[str | Path], workers: int = 1, progress: Progress | None = None
            ) -> tuple[Extraction, list[InputError]]:
    """Read and extract ``paths`` (files or folders); unreadable files come back as errors."""
    from loaders.extract import extract_paths

    def each_file(done: int, total: int) -> None:
        if progress is not None:
            progress("extracting", done, total)

    extraction, errors = extract_paths([str(p) for p in paths], workers=workers,
                                       progress=each_file)
    return extraction, list(errors)


def load_graph(G: nx.MultiDiGraph, store: Any, progress: Progress | None = None,
               chunk: int = 25) -> tuple[LoadSummary, bool]:
    """Load ``G`` into ``store``; then refresh graph-wide analytics over everything stored.

    Community and centrality depend on the whole graph, so when the store already holds
    other documents, the stored graph is read back, annotated and its analytics rewritten.
    Returns the load summary and whether that refresh happened.
    """
    from kg.export import read_graph

    annotate(G)
    docs = sorted(n for n, d in G.nodes(data=True) if d["label"] == "Document")
    if progress is None or len(docs) <= chunk:
        summary = store.load(G)
    else:
        summary = LoadSummary()
        for start in range(0, len(docs), chunk):
            part = store.load(G, docs=docs[start:start + chunk])
            for name in ("loaded", "unchanged", "failed"):
                getattr(summary, name).extend(getattr(part, name))
            summary.replaced.update(part.replaced)
            summary.nodes += part.nodes
            summary.edges += part.edges
            summary.seconds += part.seconds
            progress("loading", min(start + chunk, len(docs)), len(docs))
    [row] = queries.run_internal(store, "other-documents", {"ids": docs})
    if not row["others"]:
        return summary, False
    whole = annotate(read_graph(store))
    store.load(whole, docs=[])  # no document rewritten: only the analytics
    return summary, True


def build(paths: Iterable[str | Path], store: Any, workers: int = 1,
          progress: Progress | None = None) -> BuildReport:
    """Extract ``paths``, build one graph, annotate it and load it into ``store``.

    Files that cannot be read are reported in ``errors`` and the rest still load.
    """
    extraction, errors = extract(list(paths), workers=workers, progress=progress)
    report = BuildReport(errors=errors)
    G = build_graph(extraction)
    summarise(G, report)
    if report.documents:
        report.load, report.reannotated = load_graph(G, store, progress)
    return report
