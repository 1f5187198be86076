// name: co-participation
// description: Pairs of institutions that take part in the same programmes, most shared first.
// param: institution: str = "" -- only pairs with this institution (name or alias; empty: all)
// param: limit: int = 100 -- at most this many rows
MATCH (a:Institution)-[:PARTICIPATES_IN]->(p:Programme)<-[:PARTICIPATES_IN]-(b:Institution)
WHERE a.name < b.name
  AND ($institution = '' OR a.name = $institution OR b.name = $institution
       OR $institution IN a.aliases OR $institution IN b.aliases)
WITH DISTINCT a, b, p
ORDER BY p.name
WITH a, b, collect(p.name) AS programmes
RETURN a.name AS institution_a, b.name AS institution_b, size(programmes) AS shared, programmes
ORDER BY shared DESC, institution_a, institution_b
LIMIT $limit
