// Daily sender rollups of the invitations sent in [$from, $to): one SenderRollup per UTC day of sending with
// parallel lists: the day's senders and, at the same index, their invitations of that day per status (as of now).
// The busiest senders of a window add these up per sender: bounded by the senders active in it, not by the
// invitations. Keep in step with V0006__Sender_and_impression_rollups.cypher.
MATCH (i:Invitation)
WHERE i.sentAt >= $from AND i.sentAt < $to
MATCH (s:Member)-[:SENT]->(i)
WITH date(datetime({epochMillis: i.sentAt.epochMillis})) AS day, s.id AS sender,
     count(CASE WHEN i.status = 'ACCEPTED' THEN 1 END) AS accepted,
     count(CASE WHEN i.status = 'IGNORED' THEN 1 END) AS ignored,
     count(CASE WHEN i.status = 'WITHDRAWN' THEN 1 END) AS withdrawn,
     count(CASE WHEN i.status = 'PENDING' THEN 1 END) AS pending
WITH day, collect(sender) AS senders, collect(accepted) AS accepted, collect(ignored) AS ignored,
     collect(withdrawn) AS withdrawn, collect(pending) AS pending
CREATE (:SenderRollup {day: day, senders: senders, accepted: accepted, ignored: ignored, withdrawn: withdrawn,
                       pending: pending})
RETURN count(*) AS rollups
