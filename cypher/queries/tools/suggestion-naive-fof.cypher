// Benchmark baseline: the naive LDBC-IC10-style friend-of-friend query ranked by mutual count. $id
MATCH (m:Member {id: $id})-[:CONNECTED_TO*2..2]-(c)
WHERE NOT (m)-[:CONNECTED_TO]-(c) AND c <> m
RETURN c.id AS id, count(*) AS mutual
ORDER BY mutual DESC
LIMIT 20
