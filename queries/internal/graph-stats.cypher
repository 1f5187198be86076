// name: graph-stats
// description: How many nodes of each label and relations of each type the store holds (zero included).
// The count comes first: FalkorDB gives no row at all for an unknown type otherwise.
MATCH (n:Document) WITH count(n) AS count RETURN 'node' AS kind, 'Document' AS name, count
UNION ALL
MATCH (n:Section) WITH count(n) AS count RETURN 'node' AS kind, 'Section' AS name, count
UNION ALL
MATCH (n:Item) WITH count(n) AS count RETURN 'node' AS kind, 'Item' AS name, count
UNION ALL
MATCH (n:Institution) WITH count(n) AS count RETURN 'node' AS kind, 'Institution' AS name, count
UNION ALL
MATCH (n:Body) WITH count(n) AS count RETURN 'node' AS kind, 'Body' AS name, count
UNION ALL
MATCH (n:Programme) WITH count(n) AS count RETURN 'node' AS kind, 'Programme' AS name, count
UNION ALL
MATCH (n:Place) WITH count(n) AS count RETURN 'node' AS kind, 'Place' AS name, count
UNION ALL
MATCH (n:Policy) WITH count(n) AS count RETURN 'node' AS kind, 'Policy' AS name, count
UNION ALL
MATCH (n:Target) WITH count(n) AS count RETURN 'node' AS kind, 'Target' AS name, count
UNION ALL
MATCH ()-[r:PART_OF]->() WITH count(r) AS count RETURN 'relation' AS kind, 'PART_OF' AS name, count
UNION ALL
MATCH ()-[r:MENTIONED_IN]->() WITH count(r) AS count RETURN 'relation' AS kind, 'MENTIONED_IN' AS name, count
UNION ALL
MATCH ()-[r:PARTICIPATES_IN]->() WITH count(r) AS count RETURN 'relation' AS kind, 'PARTICIPATES_IN' AS name, count
UNION ALL
MATCH ()-[r:RESPONSIBLE_FOR]->() WITH count(r) AS count RETURN 'relation' AS kind, 'RESPONSIBLE_FOR' AS name, count
UNION ALL
MATCH ()-[r:LEADS]->() WITH count(r) AS count RETURN 'relation' AS kind, 'LEADS' AS name, count
UNION ALL
MATCH ()-[r:SUPPORTS]->() WITH count(r) AS count RETURN 'relation' AS kind, 'SUPPORTS' AS name, count
UNION ALL
MATCH ()-[r:PARTNERS_WITH]->() WITH count(r) AS count RETURN 'relation' AS kind, 'PARTNERS_WITH' AS name, count
UNION ALL
MATCH ()-[r:LOCATED_IN]->() WITH count(r) AS count RETURN 'relation' AS kind, 'LOCATED_IN' AS name, count
UNION ALL
MATCH ()-[r:HAS_TARGET]->() WITH count(r) AS count RETURN 'relation' AS kind, 'HAS_TARGET' AS name, count
UNION ALL
MATCH ()-[r:CITES]->() WITH count(r) AS count RETURN 'relation' AS kind, 'CITES' AS name, count
