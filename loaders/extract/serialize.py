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
