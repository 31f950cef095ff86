// In-memory suggestion state: every invitation that can still hide someone from suggestions (pending, ignored,
// withdrawn: whether a withdrawal is still in its cool-down is PairPolicy's decision at request time).
MATCH (a:Member)-[:SENT]->(i:Invitation)-[:TO]->(b:Member)
WHERE i.status IN ['PENDING', 'IGNORED', 'WITHDRAWN']
RETURN a.id AS from, b.id AS to, i.status AS status, coalesce(i.answeredAt, i.sentAt) AS at
