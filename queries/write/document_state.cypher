// What the store holds for a document: the same id, or an older version at the same path.
MATCH (d:Document)
WHERE d.id = $id OR d.path = $path
RETURN d.id AS id, d.load_hash AS load_hash
