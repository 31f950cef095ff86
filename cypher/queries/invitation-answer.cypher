// Moves a pending invitation to its final state ($status: ACCEPTED, IGNORED or WITHDRAWN) at $now.
// The status guard makes a second answer a no-op (no row) even if a caller skipped the check.
MATCH (a:Member)-[:SENT]->(i:Invitation {id: $id})-[:TO]->(b:Member)
WHERE i.status = 'PENDING'
SET i.status = $status, i.answeredAt = datetime($now)
RETURN i {.*, from: a.id, to: b.id} AS invitation
