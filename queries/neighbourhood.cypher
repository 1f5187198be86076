// name: neighbourhood
// description: Entities, items and targets within a few relation steps of an entity (mentions count as a step).
// param: entity: str -- entity name or alias
// param: depth: int = 1 -- steps, 1 to 3
// param: limit: int = 100 -- at most this many rows
MATCH (a)
WHERE (a:Institution OR a:Body OR a:Programme OR a:Place OR a:Policy)
  AND (a.name = $entity OR $entity IN a.aliases)
MATCH path = (a)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|HAS_TARGET|CITES|MENTIONED_IN*1..3]-(n)
WHERE length(path) <= $depth AND n <> a
WITH a, n, min(length(path)) AS distance
RETURN a.name AS entity, distance, n.label AS kind, n.name AS name
ORDER BY distance, kind, name, entity
LIMIT $limit
