// name: citing-documents
// description: Documents that cite a policy (《…》), with the citing sentences.
// param: policy: str -- policy title or alias
// param: limit: int = 100 -- at most this many rows
MATCH (pol:Policy)
WHERE pol.name = $policy OR $policy IN pol.aliases
MATCH (d:Document)-[r:CITES]->(pol)
UNWIND range(0, size(r.evidence_sentence) - 1) AS k
WITH pol, d, r.evidence_sentence[k] AS sentence, r.evidence_start[k] AS start
RETURN d.title AS document, d.year AS year, pol.name AS policy, sentence
ORDER BY document, start, sentence, policy
LIMIT $limit
