// name: other-documents
// description: How many stored documents are not among the given ids.
// param: ids: list -- document ids
MATCH (d:Document)
WHERE NOT d.id IN $ids
RETURN count(d) AS others
