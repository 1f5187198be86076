// name: co-participation
// description: Pairs of institutions that take part in the same programmes, most shared first.
// param: institution: str = "" -- only pairs with this institution (name or alias; empty: all)
// param: limit: int = 100 -- at most this many rows
// Members per programme first: parallel edges (one per document) never multiply pairs.
MATCH (i:Institution)-[:PARTICIPATES_IN]->(p:Programme)
WITH p, collect(DISTINCT i) AS members
UNWIND members AS a
UNWIND members AS b
WITH a, b, p
WHERE a.name < b.name
  AND ($institution = '' OR a.name = $institution OR b.name = $institution
       OR $institution IN a.aliases OR $institution IN b.aliases)
WITH a, b, p
ORDER BY p.name
WITH a, b, collect(p.name) AS programmes
RETURN a.name AS institution_a, b.name AS institution_b, size(programmes) AS shared, programmes
ORDER BY shared DESC, institution_a, institution_b
LIMIT $limit
