// Take the documents $stale out of the nodes $affected (found by affected_nodes.cypher):
// delete their edges and drop them from each node's docs. Nodes left with no docs are
// deleted afterwards by delete_unsupported.cypher: FalkorDB (4.x) does not restore edges
// correctly when it rolls back a failed query that deleted nodes, so the statement that
// can fail on a document's values deletes no nodes.
// __BASE__ is filled in by kg.stores.cypher from kg.schema constants only (checked there),
// never from user values; values are parameters.
UNWIND $affected AS node_id
MATCH (n:__BASE__ {id: node_id})-[r]-()
WHERE r.doc IN $stale
WITH DISTINCT r
DELETE r
WITH count(*) AS done
UNWIND $affected AS node_id
MATCH (n:__BASE__ {id: node_id})
SET n.docs = [d IN n.docs WHERE NOT d IN $stale]
WITH count(*) AS done
