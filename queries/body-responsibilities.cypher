// name: body-responsibilities
// description: What a body leads, supports or is responsible for (programmes and items), per document.
// param: body: str -- body name or alias
// param: limit: int = 100 -- at most this many rows
MATCH (b:Body)
WHERE b.name = $body OR $body IN b.aliases
MATCH (b)-[r:LEADS|RESPONSIBLE_FOR|SUPPORTS]->(x)
MATCH (d:KGNode {id: r.doc})
RETURN b.name AS body, type(r) AS role, x.label AS kind, x.name AS name, d.title AS document, r.count AS evidence
ORDER BY role, kind, name, document
LIMIT $limit
