// name: targets
// description: Quantified targets, filtered by programme, section title fragment and/or document (id, title or year).
// param: programme: str = "" -- programme name or alias (empty: any)
// param: section: str = "" -- fragment of the section title (empty: any)
// param: document: str = "" -- document id, title or year (empty: any)
// param: limit: int = 200 -- at most this many rows
// Each filter becomes a list of ids first; targets are then ordered and cut on their own
// properties, and only the rows shown look up their owner, section and document.
OPTIONAL MATCH (d:Document)
WHERE $document <> '' AND (d.id = $document OR d.title = $document OR toString(d.year) = $document)
WITH collect(d.id) AS docs
OPTIONAL MATCH (s:Section)
WHERE $section <> '' AND s.title CONTAINS $section
OPTIONAL MATCH (it:Item)-[:PART_OF]->(s)
WITH docs, collect(it.id) AS items
OPTIONAL MATCH (p:Programme)
WHERE $programme <> '' AND (p.name = $programme OR $programme IN p.aliases)
OPTIONAL MATCH (p)-[:HAS_TARGET]->(pt:Target)
WITH docs, items, collect(pt.id) AS owned
MATCH (t:Target)
WHERE ($document = '' OR t.doc IN docs)
  AND ($section = '' OR t.item IN items)
  AND ($programme = '' OR t.id IN owned)
WITH t
ORDER BY t.doc, t.start, t.id
LIMIT $limit
MATCH (owner)-[:HAS_TARGET]->(t)
MATCH (d:KGNode {id: t.doc})
OPTIONAL MATCH (it:KGNode {id: t.item})-[:PART_OF]->(s:Section)
RETURN t.name AS target, t.quantity AS quantity, t.unit AS unit, t.object AS object,
       t.deadline AS deadline, owner.name AS owner, s.name AS section, d.title AS document
ORDER BY t.doc, t.start, t.id, owner
