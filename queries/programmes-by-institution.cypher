// name: programmes-by-institution
// description: The institution × programme table: one row per pair, with evidence and document counts.
// param: limit: int = 1000 -- at most this many rows
MATCH (i:Institution)-[r:PARTICIPATES_IN]->(p:Programme)
WITH i, p, collect(r.count) AS counts, count(r) AS documents
RETURN i.name AS institution, p.name AS programme, reduce(total = 0, c IN counts | total + c) AS evidence, documents
ORDER BY institution, programme
LIMIT $limit
