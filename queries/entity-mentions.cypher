// name: entity-mentions
// description: Where an entity is mentioned: document, item, the words as written, and the sentence.
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
MATCH (n)-[r:MENTIONED_IN]->(x)
UNWIND range(0, size(r.evidence_sentence) - 1) AS k
WITH n, r, x, r.evidence_text[k] AS text, r.evidence_sentence[k] AS sentence, r.evidence_start[k] AS start
// Order and cut first: the document titles are looked up for the rows shown.
ORDER BY n.name, r.doc, start, sentence
LIMIT $limit
MATCH (d:KGNode {id: r.doc})
RETURN n.name AS entity, d.title AS document, CASE WHEN x.label = 'Item' THEN x.name ELSE '' END AS item,
       text, sentence, start
ORDER BY entity, r.doc, start, sentence
