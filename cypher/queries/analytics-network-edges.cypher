// Every connection made before $to (undated ones count as always there), for the network snapshot.
MATCH (a:Member)-[c:CONNECTED_TO]->(b:Member)
WHERE c.since IS NULL OR c.since < $to
RETURN a.id AS a, b.id AS b
