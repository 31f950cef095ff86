// One invitation with its sender and recipient. $id.
MATCH (a:Member)-[:SENT]->(i:Invitation {id: $id})-[:TO]->(b:Member)
RETURN i {.*, from: a.id, to: b.id} AS invitation
