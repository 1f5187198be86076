"""Schema Cypher (indexes, constraints) per store dialect."""
