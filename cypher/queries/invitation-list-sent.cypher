// Invitations $member sent, newest first; $status null = any status. $limit.
MATCH (a:Member {id: $member})-[:SENT]->(i:Invitation)-[:TO]->(b:Member)
WHERE $status IS NULL OR i.status = $status
RETURN i {.*, from: a.id, to: b.id} AS invitation
ORDER BY i.sentAt DESC, i.id
LIMIT $limit
