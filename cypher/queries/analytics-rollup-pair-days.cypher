// The UTC days on which each pair's sender ($pairs: {from, to}) sent invitations to its recipient: the days whose
// rollups answers between them changed.
UNWIND $pairs AS pair
MATCH (:Member {id: pair.from})-[:SENT]->(i:Invitation)-[:TO]->(:Member {id: pair.to})
RETURN DISTINCT date(datetime({epochMillis: i.sentAt.epochMillis})) AS day
