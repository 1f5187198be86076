// One label's nodes of one document: rows {id, props, aliases}. MERGE on the key, so loading
// again changes nothing; aliases and docs are unions (other documents keep their support).
// __LABEL__, __TYPE__, __BASE__ and __PROPERTY__ are filled in by kg.stores.cypher from the
// constants in kg.schema only (checked there), never from user values; values are parameters.
UNWIND $nodes___LABEL__ AS row
// Both labels in the MERGE pattern: adding a label to an existing node is slow in FalkorDB
// and gets slower as the graph grows (bench/load_speed.py). An id belongs to one label only
// (ids are derived from it), so this matches the same node that the key alone would.
MERGE (n:__BASE__:__LABEL__ {id: row.id})
SET n += row.props,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases |
                       CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.docs = CASE WHEN $doc IN coalesce(n.docs, []) THEN n.docs ELSE coalesce(n.docs, []) + $doc END
WITH count(*) AS done
