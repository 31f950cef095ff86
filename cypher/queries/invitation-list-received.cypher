// Invitations addressed to $member, newest first; $status null = any status. $limit.
MATCH (b:Member {id: $member})<-[:TO]-(i:Invitation)<-[:SENT]-(a:Member)
WHERE $status IS NULL OR i.status = $status
RETURN i {.*, from: a.id, to: b.id} AS invitation
ORDER BY i.sentAt DESC, i.id
LIMIT $limit
