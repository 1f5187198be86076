// name: entity-relations
// description: An entity's relations to other entities and targets, one row per evidence sentence.
// param: entity: str -- entity name or alias
// param: limit: int = 200 -- at most this many rows
CALL {
  MATCH (n:Institution) WHERE n.name = $entity OR $entity IN n.aliases RETURN n
  UNION ALL MATCH (n:Body) WHERE n.name = $entity OR $entity IN n.aliases RETURN n
  UNION ALL MATCH (n:Programme) WHERE n.name = $entity OR $entity IN n.aliases RETURN n
  UNION ALL MATCH (n:Place) WHERE n.name = $entity OR $entity IN n.aliases RETURN n
  UNION ALL MATCH (n:Policy) WHERE n.name = $entity OR $entity IN n.aliases RETURN n
}
WITH n
MATCH (n)-[r:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|HAS_TARGET|CITES]-(m)
WITH n, r, m, type(r) AS relation, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
// Order and cut the relations first: the document titles are looked up for the rows shown.
ORDER BY n.name, relation, direction, m.name, r.doc
LIMIT $limit
UNWIND range(0, size(r.evidence_sentence) - 1) AS k
WITH n, r, m, relation, direction, r.evidence_sentence[k] AS sentence, r.evidence_start[k] AS start
ORDER BY n.name, relation, direction, m.name, r.doc, start, sentence
LIMIT $limit
MATCH (d:KGNode {id: r.doc})
RETURN n.name AS entity, relation, direction, m.label AS kind, m.name AS other, d.title AS document, sentence
ORDER BY entity, relation, direction, other, r.doc, start, sentence
