// name: central-entities
// description: The most central entities (betweenness, computed at build time), optionally of one type.
// param: type: str = "" -- Institution, Body, Programme, Place or Policy (empty: all)
// param: limit: int = 20 -- at most this many rows
MATCH (n)
WHERE (n:Institution OR n:Body OR n:Programme OR n:Place OR n:Policy)
  AND n.centrality IS NOT NULL AND ($type = '' OR n.label = $type)
RETURN n.name AS name, n.label AS type, n.centrality AS centrality, n.degree AS degree,
       n.community AS community
ORDER BY centrality DESC, degree DESC, name, type
LIMIT $limit
