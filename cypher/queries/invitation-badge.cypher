// The "My Network" badge of $id: pending invitations received and own invitations accepted since the
// member last marked the badge seen (all time if never). No row = unknown member.
MATCH (m:Member {id: $id})
WITH m, m.lastSeenNetworkAt AS since
RETURN since,
       COUNT { (m)<-[:TO]-(i:Invitation {status: 'PENDING'}) WHERE since IS NULL OR i.sentAt > since } AS received,
       COUNT { (m)-[:SENT]->(i:Invitation {status: 'ACCEPTED'}) WHERE since IS NULL OR i.answeredAt > since } AS accepted
