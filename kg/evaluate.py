"""Score an extraction against a gold file, by the rules of the annotation guidelines.

``score(pred, gold) -> Report`` is the one entry point. ``pred`` is the ``kg extract --json``
contract; ``gold`` is a ``*.gold.json`` file as loaded. The rules (GUIDELINES.md, "Scoring"):

* Names are compared after normalisation: Unicode NFKC, white space removed, the quotation
  marks “”‘’"'《》〈〉「」 removed. A prediction matches a gold entry when its name or any
  alias equals the gold name or any gold alias.
* Per type, over non-optional gold entries. A prediction matching an optional entry of its
  type is neither found nor false; an optional entry never counts as missed. Optional
  entries excuse only predictions of their own type (大学科技园 as an Institution is false).
* The right name with the wrong type counts as a miss (the gold entry, unless another
  prediction finds it) and a false find (the prediction).
* Two predictions matching the same gold entry: one found, the other a false find.
  Pairings are made strongest first (name = name, then name = alias, then alias = alias),
  so the result does not depend on the order of the predictions.
* ``PARTICIPATES_IN`` is scored as a set of (institution, programme) pairs of gold
  canonical names: predicted ids are mapped to their entity, and that entity to the gold
  entry it matches (else its own normalised name, which then cannot be right).
* Targets match when quantities are equal, units are equal after normalisation (％ → %),
  with a unit's leading 万 or 亿 multiplied into the quantity on both sides (30 亿元 and
  3000000000 元 are one commitment, whichever way an annotator or extractor writes it),
  and objects overlap: after normalisation one contains the other, or they share a run of
  at least ``OVERLAP_RUN`` characters (4). Each gold target is found at most once.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

from kg.errors import InputError

SCORED_TYPES = ("Institution", "Body", "Programme", "Place")
MICRO = "entities (micro)"
PARTICIPATES_IN = "PARTICIPATES_IN"
TARGETS = "targets"
OVERLAP_RUN = 4
_DROP = re.compile(r"[\s“”‘’\"'《》〈〉「」]")


def normalise(name: str) -> str:
    """The form names are compared in: NFKC, no white space, no quotation marks."""
    return _DROP.sub("", unicodedata.normalize("NFKC", name or ""))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Finding:
    """One missed gold entry or one false find: ``kind`` is an entity type, a relation or targets."""

    kind: str
    text: str
    note: str = ""


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=dict)
    missed: list[Finding] = field(default_factory=list)
    false: list[Finding] = field(default_factory=list)

    def f1(self, kind: str) -> float:
        return self.scores[kind].f1

    def as_dict(self) -> dict[str, Any]:
        return {"scores": {k: s.as_dict() for k, s in self.scores.items()},
                "missed": [asdict(f) for f in self.missed],
                "false": [asdict(f) for f in self.false]}

    def table(self) -> str:
        """A Markdown table of the scores, then the misses and false finds."""
        lines = ["| scored | P | R | F1 | found | false | missed |", "|---|---|---|---|---|---|---|"]
        for kind, s in self.scores.items():
            lines.append(f"| {kind} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} "
                         f"| {s.tp} | {s.fp} | {s.fn} |")
        for title, items in (("missed", self.missed), ("false finds", self.false)):
            lines += ["", f"{title} ({len(items)}):"]
            lines += [f"  {f.kind:<15} {f.text}" + (f"  ({f.note})" if f.note else "") for f in items]
        return "\n".join(lines)


def _keys(entry: dict[str, Any]) -> tuple[str, set[str]]:
    name = normalise(entry.get("name", ""))
    return name, {name, *(normalise(a) for a in entry.get("aliases") or ())} - {""}


def _strength(pred: dict[str, Any], gold: dict[str, Any]) -> int | None:
    """0: same name, 1: a name equals an alias, 2: aliases only, None: no match."""
    return _key_strength(_keys(pred), _keys(gold))


def _key_strength(pred: tuple[str, set[str]], gold: tuple[str, set[str]]) -> int | None:
    (pn, pk), (gn, gk) = pred, gold
    if pn and pn == gn:
        return 0
    if pn in gk or gn in pk:
        return 1
    return 2 if pk & gk else None


def _score_entities(pred: list[dict], gold: list[dict], report: Report) -> None:
    for kind in SCORED_TYPES:
        report.scores[kind] = Score()
    preds = [p for p in pred if p.get("type") in SCORED_TYPES]
    golds = [g for g in gold if g.get("type") in SCORED_TYPES]
    gold_keys = [_keys(g) for g in golds]
    by_key: dict[tuple[str, str], list[int]] = {}
    for j, (g, (_, keys)) in enumerate(zip(golds, gold_keys)):
        for key in keys:
            by_key.setdefault((g["type"], key), []).append(j)
    pairs = []
    for i, p in enumerate(preds):
        keys = _keys(p)
        near = {j for key in keys[1] for j in by_key.get((p["type"], key), ())}
        for j in near:
            pairs.append((_key_strength(keys, gold_keys[j]), golds[j].get("optional", False), i, j))
    pairs.sort()  # strongest first; for a tie, a required entry before an optional one
    pred_done: set[int] = set()
    gold_found: set[int] = set()
    for _, optional, i, j in pairs:
        if i in pred_done or (j in gold_found and not optional):
            continue
        pred_done.add(i)  # an optional entry: finding it costs nothing
        if not optional:
            gold_found.add(j)
            report.scores[preds[i]["type"]].tp += 1
    for i, p in enumerate(preds):
        if i in pred_done:
            continue
        report.scores[p["type"]].fp += 1
        report.false.append(Finding(p["type"], p.get("name", ""), _why_false(p, golds)))
    for j, g in enumerate(golds):
        if j not in gold_found and not g.get("optional", False):
            report.scores[g["type"]].fn += 1
            report.missed.append(Finding(g["type"], g["name"]))
    micro = Score()
    for kind in SCORED_TYPES:
        s = report.scores[kind]
        micro.tp, micro.fp, micro.fn = micro.tp + s.tp, micro.fp + s.fp, micro.fn + s.fn
    report.scores[MICRO] = micro


def _why_false(pred: dict[str, Any], golds: list[dict]) -> str:
    same_type = [g for g in golds if g["type"] == pred["type"] and _strength(pred, g) is not None]
    if same_type:
        return f"second node for {same_type[0]['name']}"
    other = [g for g in golds if _strength(pred, g) is not None]
    return f"gold type is {other[0]['type']}" if other else ""


def _canonical(entity: dict[str, Any] | None, golds: list[dict], wanted: str) -> str:
    """The gold canonical name this entity stands for (preferring the wanted type)."""
    if entity is None:
        return ""
    best = None
    for g in golds:
        s = _strength(entity, g)
        if s is not None:
            rank = (g.get("type") != wanted, s)
            if best is None or rank < best[0]:
                best = (rank, normalise(g["name"]))
    return best[1] if best else normalise(entity.get("name", ""))


def _score_participation(pred: dict, gold: dict, report: Report) -> None:
    golds = gold.get("entities", [])
    by_id = {e.get("id"): e for e in pred.get("entities", [])}
    gold_pairs = {
        (_canonical({"name": r["source"]}, golds, "Institution"),
         _canonical({"name": r["target"]}, golds, "Programme"))
        for r in gold.get("relations", []) if r.get("type") == PARTICIPATES_IN
    }
    pred_pairs = {
        (_canonical(by_id.get(r.get("source")), golds, "Institution"),
         _canonical(by_id.get(r.get("target")), golds, "Programme"))
        for r in pred.get("relations", []) if r.get("type") == PARTICIPATES_IN
    }
    score = Score(tp=len(pred_pairs & gold_pairs), fp=len(pred_pairs - gold_pairs),
                  fn=len(gold_pairs - pred_pairs))
    report.scores[PARTICIPATES_IN] = score
    report.missed += [Finding(PARTICIPATES_IN, f"{s} → {t}") for s, t in sorted(gold_pairs - pred_pairs)]
    report.false += [Finding(PARTICIPATES_IN, f"{s} → {t}") for s, t in sorted(pred_pairs - gold_pairs)]


def longest_common_run(a: str, b: str) -> int:
    """Length of the longest substring shared by ``a`` and ``b``."""
    best, prev = 0, [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def objects_overlap(a: str, b: str) -> bool:
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return False
    return a in b or b in a or longest_common_run(a, b) >= OVERLAP_RUN


MAGNITUDES = {"万": 10_000, "亿": 100_000_000}


def _amount(target: dict[str, Any]) -> tuple[float | None, str]:
    """Quantity and normalised unit, with a leading 万/亿 of the unit multiplied out."""
    unit = normalise(target.get("unit") or "")
    try:
        quantity = float(target.get("quantity"))
    except (TypeError, ValueError):
        return None, unit
    if len(unit) > 1 and unit[0] in MAGNITUDES:
        quantity, unit = quantity * MAGNITUDES[unit[0]], unit[1:]
    return quantity, unit


def _same_amount(p: dict[str, Any], g: dict[str, Any]) -> bool:
    (qp, up), (qg, ug) = _amount(p), _amount(g)
    return (qp is not None and qg is not None and up == ug
            and math.isclose(qp, qg, rel_tol=1e-9, abs_tol=1e-9))


def _target_text(t: dict[str, Any]) -> str:
    return f"{t.get('quantity')} {t.get('unit')} {t.get('object')}"


def _score_targets(pred: Iterable[dict], gold: Iterable[dict], report: Report) -> None:
    preds, golds = list(pred), list(gold)
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if (_same_amount(p, g)
                    and objects_overlap(p.get("object", ""), g.get("object", ""))):
                run = longest_common_run(normalise(p["object"]), normalise(g["object"]))
                pairs.append((-run, i, j))
    pairs.sort()
    used_p, used_g = set(), set()
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    report.scores[TARGETS] = Score(tp=len(used_g), fp=len(preds) - len(used_p),
                                   fn=len(golds) - len(used_g))
    report.missed += [Finding(TARGETS, _target_text(g)) for j, g in enumerate(golds) if j not in used_g]
    report.false += [Finding(TARGETS, _target_text(p)) for i, p in enumerate(preds) if i not in used_p]


def score(pred: dict[str, Any], gold: dict[str, Any]) -> Report:
    """Score ``pred`` (the ``kg extract --json`` object) against ``gold`` (a gold file)."""
    report = Report()
    _score_entities(pred.get("entities", []), gold.get("entities", []), report)
    _score_participation(pred, gold, report)
    _score_targets(pred.get("targets", []), gold.get("targets", []), report)
    return report


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(str(path), f"not a JSON file ({err})") from None
    if not isinstance(data, dict):
        raise InputError(str(path), "expected a JSON object")
    return data


def prediction(path: str | Path) -> dict[str, Any]:
    """The ``kg extract --json`` object for ``path``: read as is, or extracted from a document."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return _read_json(path)
    from loaders.extract import extract_paths, to_json

    extraction, errors = extract_paths([path])
    if errors:
        raise errors[0]
    return to_json(extraction)


def evaluate(input_path: str | Path, gold_path: str | Path) -> Report:
    """Score a prediction file or a document (extracted first) against a gold file."""
    gold = _read_json(Path(gold_path))
    if not isinstance(gold.get("entities"), list):
        raise InputError(str(gold_path), "not a gold file: no \"entities\" list")
    return score(prediction(input_path), gold)
