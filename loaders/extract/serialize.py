"""The one place the ``kg extract --json`` contract is written: ``to_json``."""
from __future__ import annotations

from typing import Any

from kg.model import Extraction


def to_json(extraction: Extraction | tuple) -> dict[str, Any]:
    """The contract object: documents, entities with nested mentions, relations with
    evidence, targets. Offsets are into each document's decoded source text.
    Accepts the ``(extraction, errors)`` pair of ``extract_paths`` as well."""
    if isinstance(extraction, tuple):
        extraction = extraction[0]
    by_entity: dict[str, list[dict]] = {}
    for m in extraction.mentions:
        by_entity.setdefault(m.entity, []).append({
            "doc": m.doc, "start": m.start, "end": m.end, "text": m.text,
            "section": m.section, "item": m.item, "sentence": m.sentence,
        })
    return {
        "documents": [
            {"id": d.id, "path": d.path, "title": d.title, "issuer": d.issuer, "place": d.place, "year": d.year}
            for d in extraction.documents
        ],
        "entities": [
            {"id": e.id, "type": e.type, "name": e.name, "aliases": list(e.aliases),
             "mentions": by_entity.get(e.id, [])}
            for e in extraction.entities
        ],
        "relations": [
            {"id": r.id, "type": r.type, "source": r.source, "target": r.target,
             "evidence": [{"doc": ev.doc, "start": ev.start, "end": ev.end, "sentence": ev.sentence}
                          for ev in r.evidence]}
            for r in extraction.relations
        ],
        "targets": [
            {"id": t.id, "quantity": t.quantity, "unit": t.unit, "object": t.object,
             "deadline": t.deadline, "subject": t.subject, "doc": t.doc, "start": t.start,
             "end": t.end, "item": t.item}
            for t in extraction.targets
        ],
    }


def summary_lines(extraction: Extraction) -> list[str]:
    """A readable summary: documents, then per entity type the count and names, relation
    counts with the PARTICIPATES_IN pairs spelled out, and the targets."""
    from kg.model import ENTITY_TYPES, RELATION_TYPES

    names = {e.id: e.name for e in extraction.entities}
    lines = [f"{d.path}: {d.title or '(untitled)'}"
             + (f" — {d.issuer}" if d.issuer else "") + (f", {d.year}" if d.year else "")
             for d in extraction.documents]
    for type_ in ENTITY_TYPES:
        found = [e.name for e in extraction.entities if e.type == type_]
        lines.append(f"{type_} ({len(found)}): " + "、".join(found))
    counts = {t: 0 for t in RELATION_TYPES if t != "MENTIONED_IN"}
    for r in extraction.relations:
        counts[r.type] = counts.get(r.type, 0) + 1
    counts["MENTIONED_IN"] = len(extraction.mentions)
    lines.append("relations: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    for r in extraction.relations:
        if r.type == "PARTICIPATES_IN":
            lines.append(f"  PARTICIPATES_IN {names.get(r.source, r.source)} → {names.get(r.target, r.target)}")
    lines.append(f"Target ({len(extraction.targets)}): " + "; ".join(
        f"{t.quantity} {t.unit} {t.object}" + (f" ({t.deadline})" if t.deadline else "")
        for t in extraction.targets))
    return lines
