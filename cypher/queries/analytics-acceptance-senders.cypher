// Invitations sent in [$from, $to) per sender and status: the $limit busiest senders.
MATCH (i:Invitation)
WHERE i.sentAt >= $from AND i.sentAt < $to
MATCH (s:Member)-[:SENT]->(i)
WITH s, i.status AS status, count(*) AS n
WITH s, collect({status: status, n: n}) AS counts, sum(n) AS sent
ORDER BY sent DESC, s.id
LIMIT $limit
RETURN s.id AS id, trim(coalesce(s.firstName, '') + ' ' + coalesce(s.lastName, '')) AS label, counts
