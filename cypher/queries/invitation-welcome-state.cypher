// May $from send a welcome message to $to? Only to a connection whose invitation $from accepted, once
// per acceptance. acceptedAt null = no accepted invitation from $to to $from.
MATCH (s:Member {id: $from}), (t:Member {id: $to})
OPTIONAL MATCH (t)-[:SENT]->(i:Invitation {status: 'ACCEPTED'})-[:TO]->(s)
WITH s, t, max(i.answeredAt) AS acceptedAt
RETURN EXISTS { (s)-[:CONNECTED_TO]-(t) } AS connected,
       acceptedAt,
       EXISTS { (s)-[:WROTE]->(m:Message {kind: 'WELCOME'})-[:TO]->(t) WHERE m.sentAt >= acceptedAt } AS welcomed
