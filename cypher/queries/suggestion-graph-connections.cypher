// In-memory suggestion graph: every connection once (stored in one direction, read undirected), with the
// time it was made in epoch seconds (null when unknown; the ranker's age features use it).
MATCH (a:Member)-[c:CONNECTED_TO]->(b:Member)
RETURN a.id AS a, b.id AS b, c.since.epochSeconds AS since
