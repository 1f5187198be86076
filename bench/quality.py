"""Extraction quality on every document that has a gold file, scored by ``kg eval``'s rules.

    .venv/bin/python bench/quality.py [--record]

Sets: the bundled sample (its gold came with the project), ``tests/data/more`` (four real
plans annotated for this project; the extractor's rules were tuned while looking at their
scores), ``tests/data/heldout`` to ``heldout9`` (realistic texts written and annotated for
this project, each measured untuned first; then their error categories — not their
names — were used to tune rules), and ``tests/data/heldout10`` (written and annotated after
the last tuning, never tuned on: the honest estimate for unseen documents). Do not tune
on the newest set; write a new one before measuring again after tuning.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.results import machine, markers, record  # noqa: E402
from kg.evaluate import MICRO, PARTICIPATES_IN, TARGETS, Score, evaluate  # noqa: E402

SETS = {
    "sample": [(ROOT / "data" / "suzhou-2023-education-work-points.txt",
                ROOT / "tests" / "data" / "suzhou-2023-education-work-points.gold.json")],
    **{name: sorted((p.with_name(p.name.replace(".gold.json", ".txt")), p) for p in
                    ((ROOT / "tests" / "data" / name).glob("*.gold.json")))
       for name in ("more", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10")},
}
COLUMNS = ("Institution", "Body", "Programme", "Place", MICRO, PARTICIPATES_IN, TARGETS)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--record", action="store_true", help="write the section into bench/RESULTS.md")
    args = ap.parse_args()
    start, end = markers("quality")
    lines = [start, "## Extraction quality (`bench/quality.py`)", "",
             "F1 per document (micro = over the four entity types). " + __doc__.split("\n\n")[2]
             .replace("\n", " "), "",
             "| set | document | " + " | ".join(COLUMNS) + " |",
             "|---|---|" + "---:|" * len(COLUMNS)]
    for name, pairs in SETS.items():
        totals = {c: Score() for c in COLUMNS}
        for text, gold in pairs:
            report = evaluate(text, gold)
            lines.append(f"| {name} | {text.stem} | "
                         + " | ".join(f"{report.scores[c].f1:.3f}" for c in COLUMNS) + " |")
            for c in COLUMNS:
                s = report.scores[c]
                totals[c] = Score(totals[c].tp + s.tp, totals[c].fp + s.fp, totals[c].fn + s.fn)
        if len(pairs) > 1:
            lines.append(f"| **{name}** | **all {len(pairs)} pooled** | "
                         + " | ".join(f"**{totals[c].f1:.3f}**" for c in COLUMNS) + " |")
    lines += ["", f"Machine: {machine()} (the scores do not depend on it).", end]
    section = "\n".join(lines)
    print(section)
    if args.record:
        record(section, "quality")


if __name__ == "__main__":
    main()
