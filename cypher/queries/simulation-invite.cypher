// Simulation stand-in for sending (used only until the invitation service is wired in): one pending
// invitation per pair, none between connected members. $id, $from, $to, $note, $noteKind, $source,
// $rank, $reasons, $now.
MATCH (s:Member {id: $from}), (r:Member {id: $to})
WHERE s <> r AND NOT (s)-[:CONNECTED_TO]-(r)
  AND NOT EXISTS { (s)-[:SENT]->(i:Invitation)-[:TO]->(r) WHERE i.status IN ['PENDING', 'IGNORED'] }
  AND NOT EXISTS { (r)-[:SENT]->(i:Invitation)-[:TO]->(s) WHERE i.status = 'PENDING' }
WITH s, r, COUNT { (s)-[:CONNECTED_TO]-(:Member)-[:CONNECTED_TO]-(r) } AS mutuals
CREATE (s)-[:SENT]->(i:Invitation {id: $id, status: 'PENDING', note: $note, noteKind: $noteKind, source: $source,
        sentAt: $now, answeredAt: null, suggestionRank: $rank, suggestionReasons: $reasons,
        mutualConnections: mutuals, simulated: true})-[:TO]->(r)
RETURN mutuals
