// Acceptance counts per sender of invitations sent in [$from, $to): the $limit busiest senders.
MATCH (s:Member)-[:SENT]->(i:Invitation)
WHERE i.sentAt >= $from AND i.sentAt < $to
WITH s, count(CASE WHEN i.status = 'ACCEPTED' THEN 1 END) AS accepted,
        count(CASE WHEN i.status = 'IGNORED' THEN 1 END) AS ignored,
        count(CASE WHEN i.status = 'WITHDRAWN' THEN 1 END) AS withdrawn,
        count(CASE WHEN i.status = 'PENDING' THEN 1 END) AS pending,
        count(i) AS sent
ORDER BY sent DESC, s.id
LIMIT $limit
RETURN s.id AS grp, trim(coalesce(s.firstName, '') + ' ' + coalesce(s.lastName, '')) AS label,
       accepted, ignored, withdrawn, pending
