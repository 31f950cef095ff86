// One breadth-first step of a member's reach: the connections of the members in $frontier, at most $limit
// (the caller's cap on the members one search visits, so a hub's step stays bounded).
MATCH (a:Member)-[:CONNECTED_TO]-(b:Member)
WHERE a.id IN $frontier
RETURN DISTINCT b.id AS id
LIMIT $limit
