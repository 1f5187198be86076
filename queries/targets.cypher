// name: targets
// description: Quantified targets, filtered by programme, section title fragment and/or document (id, title or year).
// param: programme: str = "" -- programme name or alias (empty: any)
// param: section: str = "" -- fragment of the section title (empty: any)
// param: document: str = "" -- document id, title or year (empty: any)
// param: limit: int = 200 -- at most this many rows
MATCH (owner)-[:HAS_TARGET]->(t:Target)
MATCH (d:KGNode {id: t.doc})
WHERE $document = '' OR d.id = $document OR d.title = $document OR toString(d.year) = $document
OPTIONAL MATCH (it:KGNode {id: t.item})-[:PART_OF]->(s:Section)
WITH t, d, s, owner
WHERE ($section = '' OR s.title CONTAINS $section)
  AND ($programme = '' OR (owner:Programme AND (owner.name = $programme OR $programme IN owner.aliases)))
RETURN t.name AS target, t.quantity AS quantity, t.unit AS unit, t.object AS object,
       t.deadline AS deadline, owner.name AS owner, s.name AS section, d.title AS document
ORDER BY document, t.start, target, owner
LIMIT $limit
