// Invitations $member sent, newest first, as their sender sees them; $status null = any status. $limit.
// The sender is not told they were ignored: an ignored invitation looks PENDING to them, and WITHDRAWN (at the
// time they withdrew it) once they withdrew it. The status filter applies to what the sender sees.
MATCH (a:Member {id: $member})-[:SENT]->(i:Invitation)-[:TO]->(b:Member)
WITH a, b, i, CASE
         WHEN i.status <> 'IGNORED' THEN i.status
         WHEN i.senderWithdrawnAt IS NULL THEN 'PENDING'
         ELSE 'WITHDRAWN' END AS seen
WHERE $status IS NULL OR seen = $status
RETURN i {.*, status: seen, answeredAt: CASE WHEN i.status = 'IGNORED' THEN i.senderWithdrawnAt ELSE i.answeredAt END,
          from: a.id, to: b.id} AS invitation
ORDER BY i.sentAt DESC, i.id
LIMIT $limit
