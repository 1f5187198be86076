// name: institutions-in-programme
// description: Institutions taking part in a programme, most evidence first.
// param: programme: str -- programme name or alias
// param: limit: int = 50 -- at most this many rows
MATCH (p:Programme)
WHERE p.name = $programme OR $programme IN p.aliases
MATCH (i:Institution)-[r:PARTICIPATES_IN]->(p)
WITH p, i, collect(r.count) AS counts, count(r) AS documents
RETURN i.name AS institution, p.name AS programme, reduce(total = 0, c IN counts | total + c) AS evidence, documents
ORDER BY evidence DESC, institution, programme
LIMIT $limit
