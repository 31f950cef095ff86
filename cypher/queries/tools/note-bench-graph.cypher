// bench-notes: every member with its connections, to draw a seeded sample of pairs.
MATCH (m:Member)
RETURN m.id AS id, COLLECT { MATCH (m)-[:CONNECTED_TO]-(n:Member) RETURN n.id ORDER BY n.id } AS neighbours
ORDER BY id
