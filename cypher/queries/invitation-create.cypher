// A new pending invitation from $from to $to; every field of the graph contract is written, null
// ones are simply absent. $inv: {id, note, noteKind, source, suggestionRank, suggestionReasons,
// mutualConnections, simulated, experimentArms ('experiment=arm'
// strings, null outside experiments)}; $now: ISO datetime.
MATCH (a:Member {id: $from}), (b:Member {id: $to})
CREATE (a)-[:SENT]->(i:Invitation {
          id: $inv.id, status: 'PENDING', note: $inv.note, noteKind: $inv.noteKind, source: $inv.source,
          sentAt: datetime($now), suggestionRank: $inv.suggestionRank,
          suggestionReasons: $inv.suggestionReasons, mutualConnections: $inv.mutualConnections,
          simulated: $inv.simulated, experimentArms: $inv.experimentArms})-[:TO]->(b)
RETURN i {.*, from: a.id, to: b.id} AS invitation
