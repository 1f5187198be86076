// name: entity
// description: An entity's record: type, aliases, documents and graph measures.
// param: entity: str -- entity name or alias
CALL {
  MATCH (n:Institution) WHERE n.name = $entity OR $entity IN n.aliases RETURN n
  UNION ALL MATCH (n:Body) WHERE n.name = $entity OR $entity IN n.aliases RETURN n
  UNION ALL MATCH (n:Programme) WHERE n.name = $entity OR $entity IN n.aliases RETURN n
  UNION ALL MATCH (n:Place) WHERE n.name = $entity OR $entity IN n.aliases RETURN n
  UNION ALL MATCH (n:Policy) WHERE n.name = $entity OR $entity IN n.aliases RETURN n
}
RETURN n.id AS id, n.name AS name, n.label AS type, n.aliases AS aliases, size(n.docs) AS documents,
       n.community AS community, n.centrality AS centrality, n.degree AS degree
ORDER BY name, type, id
