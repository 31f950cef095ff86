// One breadth-first step of a member's reach: the connections of the members in $frontier.
MATCH (a:Member)-[:CONNECTED_TO]-(b:Member)
WHERE a.id IN $frontier
RETURN DISTINCT b.id AS id
