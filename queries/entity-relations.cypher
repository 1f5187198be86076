// name: entity-relations
// description: An entity's relations to other entities and targets, one row per evidence sentence.
// param: entity: str -- entity name or alias
// param: limit: int = 200 -- at most this many rows
MATCH (n)
WHERE (n:Institution OR n:Body OR n:Programme OR n:Place OR n:Policy)
  AND (n.name = $entity OR $entity IN n.aliases)
MATCH (n)-[r]-(m)
WHERE NOT type(r) IN ['MENTIONED_IN', 'PART_OF']
MATCH (d:Document {id: r.doc})
UNWIND range(0, size(r.evidence_sentence) - 1) AS k
WITH n, r, m, d, r.evidence_sentence[k] AS sentence, r.evidence_start[k] AS start
RETURN n.name AS entity, type(r) AS relation,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       m.label AS kind, m.name AS other, d.title AS document, sentence
ORDER BY entity, relation, direction, other, document, start, sentence
LIMIT $limit
