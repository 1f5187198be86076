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
// do not pass through one. Ring 2 keeps, for each of its nodes, the ring-1 nodes it was
// reached through ({node, via}): the one a best chain takes (the fewest items, then
// by name, as the final ORDER BY ranks chains), so a chain is read off the rings without
// expanding the middle node again (it may be a hub). Each ring is collected in its own subquery:
// an aggregation whose grouping keys carry the other rings (lists of hundreds of nodes
// for a hub) hashes those lists once per row, which made this query ten times slower.
CALL { WITH a OPTIONAL MATCH (a)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|CITES|MENTIONED_IN]-(x) RETURN collect(DISTINCT x) AS a1 }
CALL { WITH b OPTIONAL MATCH (b)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|CITES|MENTIONED_IN]-(y) RETURN collect(DISTINCT y) AS b1 }
WITH a, b, a1, b1, CASE WHEN b IN a1 THEN 1 WHEN any(m IN a1 WHERE m IN b1) THEN 2 END AS near
CALL {
  WITH b, b1, near
  UNWIND CASE WHEN near IS NOT NULL OR $max_hops < 3 THEN []
              ELSE [n IN b1 WHERE n.label <> 'Document'] END AS y
  MATCH (y)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|CITES|MENTIONED_IN]-(y2)
  WHERE y2 <> b
  WITH DISTINCT y2, y
  ORDER BY CASE WHEN y.label IN ['Item', 'Document'] THEN 1 ELSE 0 END, y.name, y.label
  WITH y2, head(collect(y)) AS via
  RETURN collect({node: y2, via: via}) AS b2
}
WITH a, b, a1, b1, b2, [e IN b2 | e.node] AS b2n, near
WITH a, b, a1, b1, b2, b2n,
     coalesce(near, CASE WHEN any(m IN a1 WHERE m.label <> 'Document' AND m IN b2n) THEN 3 END) AS near
CALL {
  WITH a, a1, near
  UNWIND CASE WHEN near IS NOT NULL OR $max_hops < 4 THEN []
              ELSE [n IN a1 WHERE n.label <> 'Document'] END AS x
  MATCH (x)-[:PARTICIPATES_IN|RESPONSIBLE_FOR|LEADS|SUPPORTS|PARTNERS_WITH|LOCATED_IN|CITES|MENTIONED_IN]-(x2)
  WHERE x2 <> a
  WITH DISTINCT x2, x
  ORDER BY CASE WHEN x.label IN ['Item', 'Document'] THEN 1 ELSE 0 END, x.name, x.label
  WITH x2, head(collect(x)) AS via
  RETURN collect({node: x2, via: via}) AS a2
}
WITH a, b, a1, b1, b2, b2n, a2,
     coalesce(near, CASE WHEN any(e IN a2 WHERE e.node.label <> 'Document' AND e.node IN b2n) THEN 4 END) AS hops
WHERE hops IS NOT NULL AND hops <= $max_hops
// The chains of that length: a middle node (pivot) with the neighbours next to it.
UNWIND CASE hops
  WHEN 1 THEN [{pivot: null, x: null, y: null}]
  WHEN 2 THEN [m IN a1 WHERE m IN b1 | {pivot: m, x: null, y: null}]
  WHEN 3 THEN [e IN b2 WHERE e.node.label <> 'Document' AND e.node IN a1 |
               {pivot: e.node, x: null, y: e.via}]
  ELSE [e IN a2 WHERE e.node.label <> 'Document' AND e.node IN b2n |
        {pivot: e.node, x: e.via, y: head([f IN b2 WHERE f.node = e.node | f.via])}]
END AS middle
WITH a, b, hops, middle.pivot AS pivot, middle.x AS x, middle.y AS y
WITH hops, CASE hops WHEN 1 THEN [a, b] WHEN 2 THEN [a, pivot, b] WHEN 3 THEN [a, pivot, y, b]
                ELSE [a, x, pivot, y, b] END AS chain
WHERE all(n IN chain WHERE n IS NOT NULL)
WITH hops, [n IN chain | n.name] AS path, [n IN chain | n.label] AS kinds,
     size([n IN chain WHERE n.label IN ['Item', 'Document']]) AS via_text
RETURN hops, path, kinds
ORDER BY hops, via_text, path, kinds
LIMIT 1
