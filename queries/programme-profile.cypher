// name: programme-profile
// description: A programme's profile: institutions, items, responsible bodies, partner places, targets and evidence sentences.
// param: programme: str -- programme name or alias
// param: limit: int = 200 -- at most this many rows of each part
MATCH (p:Programme)
WHERE p.name = $programme OR $programme IN p.aliases
MATCH (i:Institution)-[r:PARTICIPATES_IN]->(p)
WITH p, i, collect(r.count) AS counts
WITH p, i, reduce(total = 0, c IN counts | total + c) AS n
ORDER BY n DESC, i.name LIMIT $limit
RETURN 'institution' AS part, i.name AS name, 'PARTICIPATES_IN' AS detail, p.name AS programme
UNION ALL
MATCH (p:Programme)
WHERE p.name = $programme OR $programme IN p.aliases
MATCH (p)-[:MENTIONED_IN]->(it:Item)
// Collected first: with ORDER BY ... LIMIT straight after the match, Neo4j's planner scans
// and sorts every Item of the store and walks back to the programme (220 ms on 1,000 plans).
WITH p, collect(DISTINCT it) AS items
UNWIND items AS it
WITH p, it
ORDER BY it.doc, it.number LIMIT $limit
MATCH (d:KGNode {id: it.doc})
RETURN 'item' AS part, it.name AS name, d.title AS detail, p.name AS programme
UNION ALL
MATCH (p:Programme)
WHERE p.name = $programme OR $programme IN p.aliases
OPTIONAL MATCH (p)-[:MENTIONED_IN]->(it:Item)
WITH p, collect(DISTINCT it) + [p] AS owners
UNWIND owners AS x
MATCH (b:Body)-[r:LEADS|RESPONSIBLE_FOR|SUPPORTS]->(x)
WITH DISTINCT p, b, type(r) AS role
ORDER BY b.name, role LIMIT $limit
RETURN 'body' AS part, b.name AS name, role AS detail, p.name AS programme
UNION ALL
MATCH (p:Programme)
WHERE p.name = $programme OR $programme IN p.aliases
MATCH (p)<-[:PARTICIPATES_IN]-(:Institution)-[r:PARTNERS_WITH|LOCATED_IN]->(pl:Place)
WITH p, collect({place: pl, how: type(r)}) AS found  // collected first, as the items above
UNWIND found AS f
WITH DISTINCT p, f.place AS pl, f.how AS how
ORDER BY pl.name, how LIMIT $limit
RETURN 'place' AS part, pl.name AS name, how AS detail, p.name AS programme
UNION ALL
MATCH (p:Programme)
WHERE p.name = $programme OR $programme IN p.aliases
MATCH (p)-[:HAS_TARGET]->(t:Target), (d:KGNode {id: t.doc})
WITH p, t, d
ORDER BY t.doc, t.start, t.id LIMIT $limit
RETURN 'target' AS part, t.name AS name, d.title AS detail, p.name AS programme
UNION ALL
MATCH (p:Programme)
WHERE p.name = $programme OR $programme IN p.aliases
MATCH (p)-[r]-()
UNWIND range(0, size(r.evidence_sentence) - 1) AS k
WITH p, r.evidence_doc[k] AS doc, r.evidence_sentence[k] AS sentence, min(r.evidence_start[k]) AS start
WHERE sentence <> ''
WITH p, doc, sentence, start
ORDER BY doc, start, sentence LIMIT $limit
MATCH (d:KGNode {id: doc})
RETURN 'evidence' AS part, sentence AS name, d.title AS detail, p.name AS programme
