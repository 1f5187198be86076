// Delete the nodes among $affected that no loaded document supports any more.
// __BASE__ is filled in by kg.stores.cypher from kg.schema constants only (checked there),
// never from user values; values are parameters.
UNWIND $affected AS node_id
MATCH (n:__BASE__ {id: node_id})
WHERE size(n.docs) = 0
DETACH DELETE n
RETURN count(*) AS deleted
