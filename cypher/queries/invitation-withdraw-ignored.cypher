// The sender withdraws an invitation its recipient ignored (to the sender it looked pending): the truth
// (IGNORED, for the recipient and analytics) stays; senderWithdrawnAt records the sender's withdrawal, after
// which the sender sees it WITHDRAWN. No row when it is not an ignored invitation the sender still sees pending.
MATCH (a:Member)-[:SENT]->(i:Invitation {id: $id})-[:TO]->(b:Member)
WHERE i.status = 'IGNORED' AND i.senderWithdrawnAt IS NULL
SET i.senderWithdrawnAt = datetime($now)
RETURN i {.*, status: 'WITHDRAWN', answeredAt: i.senderWithdrawnAt, from: a.id, to: b.id} AS invitation
