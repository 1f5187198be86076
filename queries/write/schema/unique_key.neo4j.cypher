// The unique node key (FalkorDB: GRAPH.CONSTRAINT CREATE, issued by EmbeddedStore).
// __LABEL__, __TYPE__, __BASE__ and __PROPERTY__ are filled in by kg.stores.cypher from the
// constants in kg.schema only (checked there), never from user values; values are parameters.
CREATE CONSTRAINT IF NOT EXISTS FOR (n:__BASE__) REQUIRE n.__PROPERTY__ IS UNIQUE
