// The UTC days on which $from sent invitations to $to: the days whose rollups an answer between them changes.
MATCH (:Member {id: $from})-[:SENT]->(i:Invitation)-[:TO]->(:Member {id: $to})
RETURN DISTINCT date(datetime({epochMillis: i.sentAt.epochMillis})) AS day
