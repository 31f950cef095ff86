// bench-analytics load fixture: invitations written in bulk (no pair rules), marked simulated.
// $rows: [{id, from, to, status, noteKind, note, source, sentAt, answeredAt, rank, reasons, mutuals, arms}]
// Both members are found through the member id constraint's index.
UNWIND $rows AS row
MATCH (s:Member {id: row.from})
MATCH (r:Member {id: row.to})
CREATE (s)-[:SENT]->(:Invitation {id: row.id, status: row.status, noteKind: row.noteKind, note: row.note,
        source: row.source, sentAt: row.sentAt, answeredAt: row.answeredAt, suggestionRank: row.rank,
        suggestionReasons: row.reasons, mutualConnections: row.mutuals, experimentArms: row.arms,
        simulated: true})-[:TO]->(r)
