// Baseline of the analytics benchmark: one indexed pass counting the window's invitations per status,
// the floor any acceptance figure pays.
MATCH (i:Invitation)
WHERE i.sentAt >= $from AND i.sentAt < $to
RETURN i.status AS status, count(*) AS n
