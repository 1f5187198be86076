// name: export-edges
// description: Every relation of the project's graph with all its properties (for export and snapshots).
MATCH (a:KGNode)-[r]->(b:KGNode)
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props
ORDER BY source, target, type, r.doc
