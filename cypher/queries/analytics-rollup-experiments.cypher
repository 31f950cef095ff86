// Daily experiment rollups of the invitations sent in [$from, $to): one ExperimentInvitationRollup per UTC day of
// sending, experiment and arm named in Invitation.experimentArms ('experiment=arm'; names hold no '='), with the
// invitations sent, accepted and ignored (status as of now) and the day's distinct senders (members exposed to a
// NOTE_TONE arm are its senders). Keep in step with V0008__Experiment_and_sender_month_rollups.cypher.
MATCH (i:Invitation)
WHERE i.sentAt >= $from AND i.sentAt < $to AND i.experimentArms IS NOT NULL
MATCH (m:Member)-[:SENT]->(i)
UNWIND i.experimentArms AS entry
WITH date(datetime({epochMillis: i.sentAt.epochMillis})) AS day, split(entry, '=') AS parts, i.status AS status, m.id AS sender
WITH day, parts[0] AS experiment, parts[1] AS arm, count(*) AS sent,
     count(CASE WHEN status = 'ACCEPTED' THEN 1 END) AS accepted, count(CASE WHEN status = 'IGNORED' THEN 1 END) AS ignored,
     collect(DISTINCT sender) AS senders
CREATE (:ExperimentInvitationRollup {experiment: experiment, arm: arm, day: day, sent: sent, accepted: accepted,
                                     ignored: ignored, senders: senders})
RETURN count(*) AS rollups
