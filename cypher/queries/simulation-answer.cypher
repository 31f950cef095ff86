// Simulation stand-in for accept/ignore/withdraw of a pending invitation: $id, $actor (recipient, or the
// sender for WITHDRAWN), $status, $now. Accepting connects the pair.
MATCH (s:Member)-[:SENT]->(i:Invitation {id: $id, status: 'PENDING'})-[:TO]->(r:Member)
WHERE ($status = 'WITHDRAWN' AND s.id = $actor) OR ($status <> 'WITHDRAWN' AND r.id = $actor)
SET i.status = $status, i.answeredAt = $now
WITH s, r, i
CALL (s, r, i) {
  WITH s, r, i WHERE i.status = 'ACCEPTED'
  MERGE (s)-[c:CONNECTED_TO]-(r)
    ON CREATE SET c.since = i.answeredAt
}
RETURN count(i) AS changed
