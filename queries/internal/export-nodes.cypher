// name: export-nodes
// description: Every node of the project's graph with all its properties (for export and snapshots).
MATCH (n:KGNode)
RETURN n.id AS id, properties(n) AS props
ORDER BY id
