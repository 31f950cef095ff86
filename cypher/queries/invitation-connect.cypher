// Connects $a and $b (one CONNECTED_TO per pair, from inviter to accepter) unless already connected.
// Returns 1 when a connection was created, else 0.
MATCH (a:Member {id: $a}), (b:Member {id: $b})
WHERE NOT EXISTS { (a)-[:CONNECTED_TO]-(b) }
CREATE (a)-[:CONNECTED_TO {since: datetime($now)}]->(b)
RETURN count(*) AS created
