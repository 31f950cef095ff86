// Suggestions: what must be current for one request, read from the graph (the source of truth) every time:
// the member's own connections, interests, organisations and place, the facts PairPolicy judges about every
// member they have invitations with, and whom they dismissed. Which of those facts hide someone is PairPolicy's
// decision, not this query's.
// $id: member id; $withdrawnSince: datetime from PairPolicy.cooldownStart(now), older withdrawals never count.
MATCH (m:Member {id: $id})
RETURN m.id AS id,
       COLLECT { MATCH (m)-[:CONNECTED_TO]-(c:Member) RETURN c.id } AS connections,
       COLLECT { MATCH (m)-[:INTERESTED_IN]->(i:Interest) RETURN i.key } AS interests,
       COLLECT { MATCH (m)-[:WORKS_AT|STUDIED_AT]->(o:Organization) RETURN o.id } AS organizations,
       COLLECT { MATCH (m)-[:LIVES_IN]->(p:Place) RETURN p.id } AS places,
       COLLECT { MATCH (m)-[:SENT]->(i:Invitation)-[:TO]->(o:Member)
                 WHERE i.status IN ['PENDING', 'IGNORED']
                    OR (i.status = 'WITHDRAWN' AND coalesce(i.answeredAt, i.sentAt) > $withdrawnSince)
                 RETURN {other: o.id, status: i.status, at: coalesce(i.answeredAt, i.sentAt)} } AS sent,
       COLLECT { MATCH (o:Member)-[:SENT]->(:Invitation {status: 'PENDING'})-[:TO]->(m) RETURN o.id } AS pendingReceived,
       COLLECT { MATCH (m)-[:DISMISSED]->(o:Member) RETURN o.id } AS dismissed
