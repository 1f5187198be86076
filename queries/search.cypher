// name: search
// description: Entities whose name or an alias contains a fragment (case-insensitive), exact matches first.
// param: fragment: str -- part of a name or alias
// param: limit: int = 20 -- at most this many rows
CALL {
  MATCH (n:Institution) WHERE toLower(n.name) CONTAINS toLower($fragment) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($fragment)) RETURN n
  UNION ALL MATCH (n:Body) WHERE toLower(n.name) CONTAINS toLower($fragment) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($fragment)) RETURN n
  UNION ALL MATCH (n:Programme) WHERE toLower(n.name) CONTAINS toLower($fragment) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($fragment)) RETURN n
  UNION ALL MATCH (n:Place) WHERE toLower(n.name) CONTAINS toLower($fragment) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($fragment)) RETURN n
  UNION ALL MATCH (n:Policy) WHERE toLower(n.name) CONTAINS toLower($fragment) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($fragment)) RETURN n
}
WITH n
WITH n, toLower(n.name) = toLower($fragment) OR any(a IN n.aliases WHERE toLower(a) = toLower($fragment)) AS exact
RETURN n.name AS name, n.label AS type, n.aliases AS aliases, size(n.docs) AS documents
ORDER BY exact DESC, size(name), name, type
LIMIT $limit
