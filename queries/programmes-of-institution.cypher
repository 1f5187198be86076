// name: programmes-of-institution
// description: Programmes an institution takes part in, most evidence first.
// param: institution: str -- institution name or alias
// param: limit: int = 50 -- at most this many rows
MATCH (i:Institution)
WHERE i.name = $institution OR $institution IN i.aliases
MATCH (i)-[r:PARTICIPATES_IN]->(p:Programme)
WITH i, p, collect(r.count) AS counts, count(r) AS documents
RETURN p.name AS programme, i.name AS institution, reduce(total = 0, c IN counts | total + c) AS evidence, documents
ORDER BY evidence DESC, programme, institution
LIMIT $limit
