// One label's nodes of one document: rows {id, props, aliases}. MERGE on the key, so loading
// again changes nothing; aliases and docs are unions (other documents keep their support).
// __LABEL__, __TYPE__, __BASE__ and __PROPERTY__ are filled in by kg.stores.cypher from the
// constants in kg.schema only (checked there), never from user values; values are parameters.
UNWIND $nodes___LABEL__ AS row
MERGE (n:__BASE__ {id: row.id})
SET n:__LABEL__, n += row.props,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases |
                       CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.docs = CASE WHEN $doc IN coalesce(n.docs, []) THEN n.docs ELSE coalesce(n.docs, []) + $doc END
WITH count(*) AS done
