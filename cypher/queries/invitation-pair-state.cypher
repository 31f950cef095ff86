// The facts PairPolicy judges about one ordered pair (viewer/sender $from, other $to), read under the pair's
// locks when writing. $weekStart: ISO datetime, start of the policy's weekly window.
MATCH (a:Member {id: $from}), (b:Member {id: $to})
RETURN EXISTS { (a)-[:CONNECTED_TO]-(b) } AS connected,
       // To its sender an ignored invitation they have not withdrawn is still pending (they are not told).
       head(COLLECT { MATCH (a)-[:SENT]->(i:Invitation)-[:TO]->(b)
                      WHERE i.status = 'PENDING' OR (i.status = 'IGNORED' AND i.senderWithdrawnAt IS NULL)
                      RETURN i.id }) AS pendingSent,
       head(COLLECT { MATCH (b)-[:SENT]->(i:Invitation {status: 'PENDING'})-[:TO]->(a) RETURN i.id }) AS pendingReceived,
       EXISTS { (a)-[:SENT]->(:Invitation {status: 'IGNORED'})-[:TO]->(b) } AS ignored,
       head(COLLECT { MATCH (a)-[:SENT]->(i:Invitation {status: 'WITHDRAWN'})-[:TO]->(b)
                      RETURN coalesce(i.answeredAt, i.sentAt) AS at ORDER BY at DESC LIMIT 1 }) AS lastWithdrawnAt,
       COUNT { (a)-[:SENT]->(i:Invitation) WHERE i.sentAt > datetime($weekStart) } AS sentThisWeek
