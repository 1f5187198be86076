// name: neighbourhood
// description: What lies within a few steps of an entity (relations and mentions), nearest first.
// param: entity: str -- entity name or alias
// param: depth: int = 1 -- steps, 1 to 3
// param: limit: int = 100 -- at most this many rows
CALL {
  MATCH (a:Institution) WHERE a.name = $entity OR $entity IN a.aliases RETURN a
  UNION ALL MATCH (a:Body) WHERE a.name = $entity OR $entity IN a.aliases RETURN a
  UNION ALL MATCH (a:Programme) WHERE a.name = $entity OR $entity IN a.aliases RETURN a
  UNION ALL MATCH (a:Place) WHERE a.name = $entity OR $entity IN a.aliases RETURN a
  UNION ALL MATCH (a:Policy) WHERE a.name = $entity OR $entity IN a.aliases RETURN a
}
// (WITH right after CALL: FalkorDB would otherwise rebind the variable in the next MATCH)
WITH a
// Ring by ring, each node once: parallel edges (one per document) never multiply rows.
OPTIONAL MATCH (a)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|HAS_TARGET|CITES|MENTIONED_IN]-(n1)
WITH a, collect(DISTINCT n1) AS ring1
UNWIND CASE WHEN $depth < 2 OR size(ring1) = 0 THEN [null] ELSE ring1 END AS n1
OPTIONAL MATCH (n1)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|HAS_TARGET|CITES|MENTIONED_IN]-(n2)
WHERE n2 <> a
WITH a, ring1, collect(DISTINCT n2) AS near2
WITH a, ring1, [n IN near2 WHERE NOT n IN ring1] AS ring2
UNWIND CASE WHEN $depth < 3 OR size(ring2) = 0 THEN [null] ELSE ring2 END AS n2
OPTIONAL MATCH (n2)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|HAS_TARGET|CITES|MENTIONED_IN]-(n3)
WHERE n3 <> a
WITH a, ring1, ring2, collect(DISTINCT n3) AS near3
WITH a, ring1, ring2, [n IN near3 WHERE NOT n IN ring1 AND NOT n IN ring2] AS ring3
WITH a, ring1, ring2, ring1 + ring2 + ring3 AS around
UNWIND range(0, size(around) - 1) AS i
WITH a, around[i] AS n, CASE WHEN i < size(ring1) THEN 1 WHEN i < size(ring1) + size(ring2) THEN 2 ELSE 3 END AS distance
RETURN a.name AS entity, distance, n.label AS kind, n.name AS name
ORDER BY distance, kind, name, entity
LIMIT $limit
