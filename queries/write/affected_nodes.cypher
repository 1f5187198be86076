// The ids of the nodes that the documents $stale support (read before removing them).
// __LABEL__, __TYPE__, __BASE__ and __PROPERTY__ are filled in by kg.stores.cypher from the
// constants in kg.schema only (checked there), never from user values; values are parameters.
MATCH (n:__BASE__)
WHERE any(d IN n.docs WHERE d IN $stale)
RETURN n.id AS id
