// name: targets
// description: Quantified targets, filtered by programme, section title fragment and/or document (id, title or year).
// param: programme: str = "" -- programme name or alias (empty: any)
// param: section: str = "" -- fragment of the section title (empty: any)
// param: document: str = "" -- document id, title or year (empty: any)
// param: limit: int = 200 -- at most this many rows
// The filters become id lists first, so each target is tested without lookups.
OPTIONAL MATCH (d:Document)
WHERE $document <> '' AND (d.id = $document OR d.title = $document OR toString(d.year) = $document)
WITH collect(d.id) AS docs
OPTIONAL MATCH (s:Section)
WHERE $section <> '' AND s.title CONTAINS $section
OPTIONAL MATCH (it:Item)-[:PART_OF]->(s)
WITH docs, collect(it.id) AS items
MATCH (owner)-[:HAS_TARGET]->(t:Target)
WHERE ($document = '' OR t.doc IN docs)
  AND ($section = '' OR t.item IN items)
  AND ($programme = '' OR (owner:Programme AND (owner.name = $programme OR $programme IN owner.aliases)))
WITH t, owner
ORDER BY t.doc, t.start, t.name, owner.name
LIMIT $limit
MATCH (d:KGNode {id: t.doc})
OPTIONAL MATCH (it:KGNode {id: t.item})-[:PART_OF]->(s:Section)
RETURN t.name AS target, t.quantity AS quantity, t.unit AS unit, t.object AS object,
       t.deadline AS deadline, owner.name AS owner, s.name AS section, d.title AS document
ORDER BY t.doc, t.start, target, owner
