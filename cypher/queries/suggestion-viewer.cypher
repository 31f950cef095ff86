// Suggestions: what must be current for one request, read from the graph (the source of truth) every time:
// the member's own connections, interests, organisations and place, and everyone to exclude —
// pending invitations either way, those who ignored the member's invitation, those the member withdrew an
// invitation to after $cooldownStart, and those the member dismissed.
// $id: member id; $cooldownStart: datetime (now - withdraw cool-down)
MATCH (m:Member {id: $id})
RETURN m.id AS id,
       COLLECT { MATCH (m)-[:CONNECTED_TO]-(c:Member) RETURN c.id } AS connections,
       COLLECT { MATCH (m)-[:INTERESTED_IN]->(i:Interest) RETURN i.key } AS interests,
       COLLECT { MATCH (m)-[:WORKS_AT|STUDIED_AT]->(o:Organization) RETURN o.id } AS organizations,
       COLLECT { MATCH (m)-[:LIVES_IN]->(p:Place) RETURN p.id } AS places,
       COLLECT { MATCH (m)-[:SENT]->(i:Invitation)-[:TO]->(o:Member)
                 WHERE i.status = 'PENDING' OR i.status = 'IGNORED'
                    OR (i.status = 'WITHDRAWN' AND coalesce(i.answeredAt, i.sentAt) > $cooldownStart)
                 RETURN o.id
                 UNION
                 MATCH (o:Member)-[:SENT]->(i:Invitation {status: 'PENDING'})-[:TO]->(m)
                 RETURN o.id
                 UNION
                 MATCH (m)-[:DISMISSED]->(o:Member)
                 RETURN o.id } AS excluded
