// name: shortest-connection
// description: The shortest chain of relations (up to 4 steps; mentions count, but direct relations are preferred) linking two entities.
// param: source: str -- entity name or alias
// param: target: str -- entity name or alias
// param: max_hops: int = 4 -- longest chain considered, 1 to 4
MATCH (a)
WHERE (a:Institution OR a:Body OR a:Programme OR a:Place OR a:Policy)
  AND (a.name = $source OR $source IN a.aliases)
MATCH (b)
WHERE (b:Institution OR b:Body OR b:Programme OR b:Place OR b:Policy)
  AND (b.name = $target OR $target IN b.aliases) AND b <> a
MATCH path = (a)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|CITES|MENTIONED_IN*1..4]-(b)
WHERE length(path) <= $max_hops
WITH length(path) AS hops, [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | type(r)] AS relations
WITH DISTINCT hops, names, relations, size([t IN relations WHERE t = 'MENTIONED_IN']) AS via_mentions
RETURN hops, names AS path, relations
ORDER BY hops, via_mentions, path, relations
LIMIT 1
