// name: shortest-connection
// description: The shortest chain (up to 4 steps) linking two entities through relations and shared items; chains through entities are preferred.
// param: source: str -- entity name or alias
// param: target: str -- entity name or alias
// param: max_hops: int = 4 -- longest chain considered, 1 to 4
CALL {
  MATCH (a:Institution) WHERE a.name = $source OR $source IN a.aliases RETURN a
  UNION ALL MATCH (a:Body) WHERE a.name = $source OR $source IN a.aliases RETURN a
  UNION ALL MATCH (a:Programme) WHERE a.name = $source OR $source IN a.aliases RETURN a
  UNION ALL MATCH (a:Place) WHERE a.name = $source OR $source IN a.aliases RETURN a
  UNION ALL MATCH (a:Policy) WHERE a.name = $source OR $source IN a.aliases RETURN a
}
WITH a ORDER BY a.id LIMIT 1
CALL {
  MATCH (b:Institution) WHERE b.name = $target OR $target IN b.aliases RETURN b
  UNION ALL MATCH (b:Body) WHERE b.name = $target OR $target IN b.aliases RETURN b
  UNION ALL MATCH (b:Programme) WHERE b.name = $target OR $target IN b.aliases RETURN b
  UNION ALL MATCH (b:Place) WHERE b.name = $target OR $target IN b.aliases RETURN b
  UNION ALL MATCH (b:Policy) WHERE b.name = $target OR $target IN b.aliases RETURN b
}
WITH a, b WHERE b <> a
WITH a, b ORDER BY b.id LIMIT 1
// Meet in the middle over rings of distinct nodes (parallel edges, one per document,
// never multiply rows): rings 1 of both ends, then ring 2 of the target, then of the source,
// each only when no shorter chain was found. A document (a hub: every mention outside
// an item, every citation) links two entities it names directly, but longer chains
// do not pass through one.
OPTIONAL MATCH (a)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|CITES|MENTIONED_IN]-(x)
WITH a, b, collect(DISTINCT x) AS a1
OPTIONAL MATCH (b)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|CITES|MENTIONED_IN]-(y)
WITH a, b, a1, collect(DISTINCT y) AS b1
WITH a, b, a1, b1, CASE WHEN b IN a1 THEN 1 WHEN any(m IN a1 WHERE m IN b1) THEN 2 END AS near
UNWIND CASE WHEN near IS NOT NULL OR $max_hops < 3 OR size(b1) = 0 THEN [null]
            ELSE [n IN b1 WHERE n.label <> 'Document'] END AS y
OPTIONAL MATCH (y)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|CITES|MENTIONED_IN]-(y2)
WHERE y2 <> b
WITH a, b, a1, b1, near, collect(DISTINCT y2) AS b2
WITH a, b, a1, b1, b2, coalesce(near, CASE WHEN any(m IN a1 WHERE m.label <> 'Document' AND m IN b2) THEN 3 END) AS near
UNWIND CASE WHEN near IS NOT NULL OR $max_hops < 4 OR size(a1) = 0 THEN [null]
            ELSE [n IN a1 WHERE n.label <> 'Document'] END AS x
OPTIONAL MATCH (x)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|CITES|MENTIONED_IN]-(x2)
WHERE x2 <> a
WITH a, b, a1, b1, b2, near, collect(DISTINCT x2) AS a2
WITH a, b, a1, b1, b2, a2, coalesce(near, CASE WHEN any(m IN a2 WHERE m.label <> 'Document' AND m IN b2) THEN 4 END) AS hops
WHERE hops IS NOT NULL AND hops <= $max_hops
// The chains of that length: a pivot in the middle, then its neighbours in the rings.
UNWIND CASE hops WHEN 1 THEN [null] WHEN 2 THEN [m IN a1 WHERE m IN b1]
                 WHEN 3 THEN [m IN a1 WHERE m.label <> 'Document' AND m IN b2]
                 ELSE [m IN a2 WHERE m.label <> 'Document' AND m IN b2] END AS pivot
OPTIONAL MATCH (pivot)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|CITES|MENTIONED_IN]-(y)
WHERE hops >= 3 AND y.label <> 'Document' AND y IN b1
OPTIONAL MATCH (pivot)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|CITES|MENTIONED_IN]-(x)
WHERE hops = 4 AND x.label <> 'Document' AND x IN a1
WITH DISTINCT a, b, hops, pivot, x, y
WITH hops, CASE hops WHEN 1 THEN [a, b] WHEN 2 THEN [a, pivot, b] WHEN 3 THEN [a, pivot, y, b]
                ELSE [a, x, pivot, y, b] END AS chain
WHERE all(n IN chain WHERE n IS NOT NULL)
WITH hops, [n IN chain | n.name] AS path, [n IN chain | n.label] AS kinds,
     size([n IN chain WHERE n.label IN ['Item', 'Document']]) AS via_text
RETURN hops, path, kinds
ORDER BY hops, via_text, path, kinds
LIMIT 1
