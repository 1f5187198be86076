// name: most-cited-policies
// description: Policies cited by the most documents.
// param: limit: int = 20 -- at most this many rows
MATCH (d:Document)-[r:CITES]->(pol:Policy)
WITH pol, count(DISTINCT d) AS documents, collect(r.count) AS counts
WITH pol, documents, reduce(total = 0, c IN counts | total + c) AS citations
RETURN pol.name AS policy, documents, citations
ORDER BY documents DESC, citations DESC, policy
LIMIT $limit
