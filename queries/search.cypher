// name: search
// description: Entities whose name or an alias contains a fragment (case-insensitive), exact matches first.
// param: fragment: str -- part of a name or alias
// param: limit: int = 20 -- at most this many rows
MATCH (n)
WHERE (n:Institution OR n:Body OR n:Programme OR n:Place OR n:Policy)
  AND (toLower(n.name) CONTAINS toLower($fragment)
       OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($fragment)))
WITH n, toLower(n.name) = toLower($fragment) OR any(a IN n.aliases WHERE toLower(a) = toLower($fragment)) AS exact
RETURN n.name AS name, n.label AS type, n.aliases AS aliases, size(n.docs) AS documents
ORDER BY exact DESC, size(name), name, type
LIMIT $limit
