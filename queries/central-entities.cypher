// name: central-entities
// description: The most central entities (betweenness, computed at build time), optionally of one type.
// param: type: str = "" -- Institution, Body, Programme, Place or Policy (empty: all)
// param: limit: int = 20 -- at most this many rows
CALL {
  MATCH (n:Institution) WHERE n.centrality IS NOT NULL AND ($type = '' OR n.label = $type) RETURN n
  UNION ALL MATCH (n:Body) WHERE n.centrality IS NOT NULL AND ($type = '' OR n.label = $type) RETURN n
  UNION ALL MATCH (n:Programme) WHERE n.centrality IS NOT NULL AND ($type = '' OR n.label = $type) RETURN n
  UNION ALL MATCH (n:Place) WHERE n.centrality IS NOT NULL AND ($type = '' OR n.label = $type) RETURN n
  UNION ALL MATCH (n:Policy) WHERE n.centrality IS NOT NULL AND ($type = '' OR n.label = $type) RETURN n
}
WITH n
RETURN n.name AS name, n.label AS type, n.centrality AS centrality, n.degree AS degree,
       n.community AS community
ORDER BY centrality DESC, degree DESC, name, type
LIMIT $limit
