"""From a processed Doc to the data model: entities, mentions (source offsets), relations
with evidence, targets; and the merge of several documents' extractions into one."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.model import Entity, Evidence, Extraction, Mention, ParsedDocument, Relation, Target, stable_id
from loaders.extract.relations import Found, sentence_of


def assemble(doc: Doc, parsed: ParsedDocument) -> Extraction:
    """One document's Extraction; every offset is mapped back to the source text."""
    d, clean = parsed.document, parsed.clean
    ctx = doc._.kg_context
    spans = ctx.spans
    cands = list(doc._.kg_candidates)

    def sentence_text(idx: int) -> str:
        s = spans[idx]
        return clean.text[s.cstart : s.cend].strip()

    names: dict[tuple[str, str], set[str]] = {}
    for c in cands:
        names.setdefault((c.type, c.canonical), set()).update(c.aliases)
    entities = {k: Entity(Entity.id_for(*k), k[0], k[1], tuple(sorted(a - {k[1]}))) for k, a in names.items()}
    mentions = []
    for c in cands:
        idx = sentence_of(spans, c.start)
        start, end = clean.to_source(c.start, c.end)
        mentions.append(Mention(entities[(c.type, c.canonical)].id, d.id, start, end,
                                clean.text[c.start : c.end], sentence_text(idx),
                                spans[idx].section, spans[idx].item))

    targets = []
    for t in doc._.kg_targets:
        idx = sentence_of(spans, t.start)
        start, end = clean.to_source(t.start, t.end)
        targets.append(Target(stable_id(d.id, "target", t.start, t.end), t.quantity, t.unit, t.object,
                              d.id, start, end, t.deadline, None, spans[idx].item, sentence_text(idx)))

    def ident(k) -> str | None:
        kind = k[0]
        if kind == "entity":
            e = entities.get((k[1], k[2]))
            return e.id if e else None
        if kind == "target":
            return targets[k[1]].id
        return k[1] if kind == "item" else d.id

    relations: dict[str, Relation] = {}
    for f in doc._.kg_relations:
        src, dst = ident(f.source), ident(f.target)
        if src is None or dst is None or src == dst:
            continue
        if f.type == "HAS_TARGET" and f.source[0] == "entity":
            n = f.target[1]
            targets[n] = _with_subject(targets[n], src)
        _add(relations, f, src, dst, _evidence(f, d.id, clean, spans, sentence_text))
    return Extraction((d,), tuple(entities.values()), tuple(mentions), tuple(relations.values()),
                      tuple(targets), (parsed,))


def _with_subject(t: Target, subject: str) -> Target:
    return Target(t.id, t.quantity, t.unit, t.object, t.doc, t.start, t.end, t.deadline, subject, t.item, t.sentence)


def _evidence(f: Found, doc_id: str, clean, spans, sentence_text) -> Evidence:
    start, end = clean.to_source(f.start, f.end)
    return Evidence(doc_id, start, end, sentence_text(f.sentence), spans[f.sentence].item)


def _add(relations: dict[str, Relation], f: Found, src: str, dst: str, ev: Evidence) -> None:
    rid = Relation.id_for(f.type, src, dst)
    old = relations.get(rid)
    evidence = (old.evidence if old else ()) + (ev,)
    relations[rid] = Relation(rid, f.type, src, dst, tuple(dict.fromkeys(evidence)))


def merge(parts) -> Extraction:
    """Several extractions as one: an entity or relation found in many documents is one
    record with the union of aliases or evidence."""
    documents, mentions, targets, parsed = [], [], [], []
    entities: dict[str, Entity] = {}
    relations: dict[str, Relation] = {}
    for part in parts:
        documents += part.documents
        mentions += part.mentions
        targets += part.targets
        parsed += part.parsed
        for e in part.entities:
            old = entities.get(e.id)
            entities[e.id] = e if old is None else Entity(e.id, e.type, e.name, tuple(sorted(set(old.aliases) | set(e.aliases))))
        for r in part.relations:
            old = relations.get(r.id)
            relations[r.id] = r if old is None else Relation(r.id, r.type, r.source, r.target, old.evidence + r.evidence)
    return Extraction(tuple(documents), tuple(entities.values()), tuple(mentions),
                      tuple(relations.values()), tuple(targets), tuple(parsed))
