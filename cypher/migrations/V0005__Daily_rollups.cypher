// Daily rollups for the analytics (issue 16): acceptance counts per UTC day of sending, dimension, key and
// status, and time-to-answer histograms per day, answer and bucket. They are rebuilt per day in the background
// after every invitation change (DailyRollups); this builds them once for the invitations that already exist.
// Same grouping as cypher/queries/analytics-rollup-invitations.cypher and analytics-rollup-answers.cypher.
CREATE CONSTRAINT rollup_lock_id IF NOT EXISTS FOR (l:RollupLock) REQUIRE l.id IS UNIQUE;
CREATE INDEX invitation_rollup_dim_day IF NOT EXISTS FOR (r:InvitationRollup) ON (r.dim, r.day);
CREATE INDEX invitation_rollup_day IF NOT EXISTS FOR (r:InvitationRollup) ON (r.day);
CREATE INDEX answer_rollup_day IF NOT EXISTS FOR (r:AnswerRollup) ON (r.day);
MATCH (r:InvitationRollup) DETACH DELETE r;
MATCH (r:AnswerRollup) DETACH DELETE r;
MATCH (i:Invitation)
WHERE i.sentAt IS NOT NULL
WITH date(datetime({epochMillis: i.sentAt.epochMillis})) AS day, i.status AS status,
     coalesce(i.noteKind, 'NONE') AS note, coalesce(i.source, 'PROFILE') AS source,
     CASE WHEN coalesce(i.mutualConnections, 0) <= 0 THEN 0 WHEN i.mutualConnections = 1 THEN 1
          WHEN i.mutualConnections <= 4 THEN 2 ELSE 5 END AS mutuals,
     CASE WHEN size(coalesce(i.suggestionReasons, [])) = 0 THEN ['NONE'] ELSE i.suggestionReasons END AS reasons
WITH day, status, note, source, mutuals, reasons, count(*) AS n
UNWIND [['note', note], ['source', source], ['mutuals', mutuals]] + [r IN reasons | ['reason', r]] AS dimKey
WITH day, dimKey[0] AS dim, dimKey[1] AS key, status, sum(n) AS n
CREATE (:InvitationRollup {day: day, dim: dim, key: key, status: status, n: n});
MATCH (i:Invitation)
WHERE i.sentAt IS NOT NULL AND i.status IN ['ACCEPTED', 'IGNORED'] AND i.answeredAt IS NOT NULL
WITH date(datetime({epochMillis: i.sentAt.epochMillis})) AS day, i.status AS status,
     i.answeredAt.epochSeconds - i.sentAt.epochSeconds AS seconds
WITH day, status, CASE WHEN seconds < 60 THEN 0 ELSE toInteger(floor(log(seconds / 60.0) / log(1.1))) + 1 END AS bucket
WITH day, status, bucket, count(*) AS n
CREATE (:AnswerRollup {day: day, status: status, bucket: bucket, n: n});
