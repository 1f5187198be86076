"""Outline views of parsed documents, for ``kg parse`` and notebooks."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from kg.errors import InputError
from kg.model import ParsedDocument
from loaders.load import load_many


def parse_paths(paths: Iterable[str | Path]) -> tuple[list[ParsedDocument], list[InputError]]:
    return load_many(paths)


def outline_lines(parsed: ParsedDocument) -> list[str]:
    """Title line, then each section and its items (number and title)."""
    doc = parsed.document
    facts = [f"{k} {v}" for k, v in (("issuer", doc.issuer), ("place", doc.place), ("year", doc.year)) if v]
    lines = [f"{doc.path}: {doc.title or '(no title)'}" + (f" ({', '.join(facts)})" if facts else "")]
    lines.append(
        f"  {len(parsed.sections)} sections, {len(parsed.items)} items, {len(parsed.sentences)} sentences, "
        f"{len(parsed.clean.text)} characters ({doc.format}{', ' + doc.encoding if doc.encoding else ''})"
    )
    by_section: dict[str | None, list] = {}
    for item in parsed.items:
        by_section.setdefault(item.section, []).append(item)
    for item in by_section.get(None, []):
        lines.append(f"  {item.number}. {item.title}{_leads(item)}")
    for section in parsed.sections:
        heading = f"{section.label} " if section.label.startswith("第") else f"{section.label}、"
        lines.append(heading + section.title)
        for item in by_section.get(section.id, []):
            lines.append(f"  {item.number}. {item.title}{_leads(item)}")
    return lines


def _leads(item) -> str:
    if not item.leads:
        return ""
    return "  [" + "; ".join(f"{role}: {'、'.join(units)}" for role, units in item.leads) + "]"


def outline_json(parsed: ParsedDocument) -> dict:
    """The structure with spans: ``start``/``end`` in the source, ``cstart``/``cend`` in the clean text."""
    doc = parsed.document
    span = lambda p: {"start": p.start, "end": p.end, "cstart": p.cstart, "cend": p.cend}  # noqa: E731
    return {
        "id": doc.id,
        "path": doc.path,
        "format": doc.format,
        "encoding": doc.encoding,
        "title": doc.title,
        "issuer": doc.issuer,
        "place": doc.place,
        "year": doc.year,
        "pages": list(doc.pages),
        "characters": {"source": len(doc.source), "clean": len(parsed.clean.text)},
        "repairs": [{"cstart": a, "cend": b, "source": s, "clean": parsed.clean.text[a:b], "rule": r} for a, b, s, r in parsed.clean.repairs],
        "sections": [
            {"id": s.id, "number": s.number, "label": s.label, "title": s.title, **span(s)} for s in parsed.sections
        ],
        "items": [
            {"id": i.id, "section": i.section, "number": i.number, "title": i.title, "leads": i.lead_units(), **span(i)}
            for i in parsed.items
        ],
        "sentences": [
            {"id": t.id, "index": t.index, "section": t.section, "item": t.item, "text": t.text, **span(t)} for t in parsed.sentences
        ],
    }
