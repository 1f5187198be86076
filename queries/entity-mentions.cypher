// name: entity-mentions
// description: Where an entity is mentioned: document, item, the words as written, and the sentence.
// param: entity: str -- entity name or alias
// param: limit: int = 200 -- at most this many rows
MATCH (n)
WHERE (n:Institution OR n:Body OR n:Programme OR n:Place OR n:Policy)
  AND (n.name = $entity OR $entity IN n.aliases)
MATCH (n)-[r:MENTIONED_IN]->(x)
MATCH (d:Document {id: r.doc})
UNWIND range(0, size(r.evidence_sentence) - 1) AS k
WITH n, x, d, r.evidence_text[k] AS text, r.evidence_sentence[k] AS sentence, r.evidence_start[k] AS start
RETURN n.name AS entity, d.title AS document, CASE WHEN x.label = 'Item' THEN x.name ELSE '' END AS item,
       text, sentence, start
ORDER BY entity, document, start, sentence
LIMIT $limit
