// A range index on one relationship property (existing ones are skipped).
// __LABEL__, __TYPE__, __BASE__ and __PROPERTY__ are filled in by kg.stores.cypher from the
// constants in kg.schema only (checked there), never from user values; values are parameters.
CREATE INDEX FOR ()-[r:__TYPE__]-() ON (r.__PROPERTY__)
