// In-memory suggestion graph: every connection once (stored in one direction, read undirected).
MATCH (a:Member)-[:CONNECTED_TO]->(b:Member)
RETURN a.id AS a, b.id AS b
