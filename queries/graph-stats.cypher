// name: graph-stats
// description: How many nodes of each label and relations of each type the store holds.
MATCH (n:KGNode)
WITH n.label AS name, count(n) AS count
ORDER BY name
RETURN 'node' AS kind, name, count, count AS evidence
UNION ALL
MATCH ()-[r]->()
WITH type(r) AS name, count(r) AS count, collect(r.count) AS counts
WITH name, count, reduce(total = 0, c IN counts | total + c) AS evidence
ORDER BY name
RETURN 'relation' AS kind, name, count, evidence
