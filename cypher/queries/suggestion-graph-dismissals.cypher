// In-memory suggestion state: every "not interested".
MATCH (m:Member)-[:DISMISSED]->(o:Member)
RETURN m.id AS member, o.id AS other
