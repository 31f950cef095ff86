// Baseline for bench-notes: one plain friend-of-friend suggestion query (LDBC IC10 style). $id: member id.
MATCH (m:Member {id: $id})-[:CONNECTED_TO*2..2]-(c)
WHERE NOT (m)-[:CONNECTED_TO]-(c) AND c <> m
RETURN c.id, count(*) AS mutual
ORDER BY mutual DESC
LIMIT 20
