// Delete a batch of this project's nodes (and their edges); repeated until none are left.
// Only __BASE__ nodes: a shared Neo4j may hold other projects' data.
// __LABEL__, __TYPE__, __BASE__ and __PROPERTY__ are filled in by kg.stores.cypher from the
// constants in kg.schema only (checked there), never from user values; values are parameters.
MATCH (n:__BASE__)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
