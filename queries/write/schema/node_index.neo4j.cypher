// A range index on one node property.
// __LABEL__, __TYPE__, __BASE__ and __PROPERTY__ are filled in by kg.stores.cypher from the
// constants in kg.schema only (checked there), never from user values; values are parameters.
CREATE INDEX IF NOT EXISTS FOR (n:__LABEL__) ON (n.__PROPERTY__)
