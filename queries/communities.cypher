// name: communities
// description: Clusters of entities that work together (Louvain, computed at build time), with their most central members.
// param: members: int = 8 -- members shown per cluster
// param: limit: int = 20 -- at most this many clusters
CALL {
  MATCH (n:Institution) WHERE n.community IS NOT NULL RETURN n
  UNION ALL MATCH (n:Body) WHERE n.community IS NOT NULL RETURN n
  UNION ALL MATCH (n:Programme) WHERE n.community IS NOT NULL RETURN n
  UNION ALL MATCH (n:Place) WHERE n.community IS NOT NULL RETURN n
  UNION ALL MATCH (n:Policy) WHERE n.community IS NOT NULL RETURN n
}
WITH n
WITH n ORDER BY n.community, n.centrality DESC, n.name
WITH n.community AS community, collect(n.name) AS names,
     count(CASE WHEN n.label = 'Institution' THEN 1 END) AS institutions,
     count(CASE WHEN n.label = 'Programme' THEN 1 END) AS programmes
RETURN community, size(names) AS size, institutions, programmes, names[0..$members] AS central_members
ORDER BY community
LIMIT $limit
