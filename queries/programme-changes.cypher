// name: programme-changes
// description: Programmes new, continued and dropped between two documents or years (id, title or year).
// param: before: str -- earlier document id, title or year
// param: after: str -- later document id, title or year
MATCH (d:Document)
WHERE d.id = $before OR d.title = $before OR toString(d.year) = $before
WITH collect(d.id) AS earlier
MATCH (d:Document)
WHERE d.id = $after OR d.title = $after OR toString(d.year) = $after
WITH earlier, collect(d.id) AS later
WHERE size(earlier) > 0 AND size(later) > 0
MATCH (p:Programme)
WITH p, any(x IN p.docs WHERE x IN earlier) AS was, any(x IN p.docs WHERE x IN later) AS is
WHERE was OR is
RETURN CASE WHEN was AND is THEN 'continued' WHEN is THEN 'new' ELSE 'dropped' END AS change,
       p.name AS programme
ORDER BY change, programme
