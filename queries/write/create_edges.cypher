// One relation type's edges of one document: rows {source, target, props}. One edge per
// (type, source, target, document). CREATE, not MERGE: the statement first takes out every
// edge of the document's earlier load (kg.stores.base), so none of its edges exist here,
// and a MERGE would only scan the endpoints' edges for nothing (slow on hub nodes).
// __LABEL__, __TYPE__, __BASE__ and __PROPERTY__ are filled in by kg.stores.cypher from the
// constants in kg.schema only (checked there), never from user values; values are parameters.
UNWIND $edges___TYPE__ AS row
MATCH (a:__BASE__ {id: row.source})
MATCH (b:__BASE__ {id: row.target})
CREATE (a)-[r:__TYPE__ {doc: $doc}]->(b)
SET r += row.props
WITH count(*) AS done
