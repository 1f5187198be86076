// name: entity
// description: An entity's record: type, aliases, documents and graph measures.
// param: entity: str -- entity name or alias
MATCH (n)
WHERE (n:Institution OR n:Body OR n:Programme OR n:Place OR n:Policy)
  AND (n.name = $entity OR $entity IN n.aliases)
RETURN n.id AS id, n.name AS name, n.label AS type, n.aliases AS aliases, size(n.docs) AS documents,
       n.community AS community, n.centrality AS centrality, n.degree AS degree
ORDER BY name, type, id
