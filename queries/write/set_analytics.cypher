// Graph-wide analytics (community, centrality, degree) for nodes already loaded: rows {id, props}.
// __BASE__ is filled in by kg.stores.cypher from kg.schema only; values are parameters.
UNWIND $rows AS row
MATCH (n:__BASE__ {id: row.id})
SET n += row.props
RETURN count(n) AS updated
