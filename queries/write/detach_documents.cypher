// Take out the facts of the documents $stale: their edges, their support (docs) on the nodes
// $affected (found by affected_nodes.cypher), and the nodes that no document supports now.
// __LABEL__, __TYPE__, __BASE__ and __PROPERTY__ are filled in by kg.stores.cypher from the
// constants in kg.schema only (checked there), never from user values; values are parameters.
UNWIND $affected AS node_id
MATCH (n:__BASE__ {id: node_id})-[r]-()
WHERE r.doc IN $stale
WITH DISTINCT r
DELETE r
WITH count(*) AS done
UNWIND $affected AS node_id
MATCH (n:__BASE__ {id: node_id})
SET n.docs = [d IN n.docs WHERE NOT d IN $stale]
WITH n
WHERE size(n.docs) = 0
DETACH DELETE n
WITH count(*) AS done
