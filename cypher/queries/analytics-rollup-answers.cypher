// Daily time-to-answer histograms of the invitations sent in [$from, $to) and answered (accepted or
// ignored): one AnswerRollup per UTC day of sending, answer and bucket. Bucket 0 holds answers within a
// minute; bucket b >= 1 holds [60 * 1.1^(b-1), 60 * 1.1^b) seconds (10 % wide). Keep in step with
// TimeToAnswerHistogram and V0005__Daily_rollups.cypher.
MATCH (i:Invitation)
WHERE i.sentAt >= $from AND i.sentAt < $to AND i.status IN ['ACCEPTED', 'IGNORED'] AND i.answeredAt IS NOT NULL
WITH date(datetime({epochMillis: i.sentAt.epochMillis})) AS day, i.status AS status,
     i.answeredAt.epochSeconds - i.sentAt.epochSeconds AS seconds
WITH day, status, CASE WHEN seconds < 60 THEN 0 ELSE toInteger(floor(log(seconds / 60.0) / log(1.1))) + 1 END AS bucket
WITH day, status, bucket, count(*) AS n
CREATE (:AnswerRollup {day: day, status: status, bucket: bucket, n: n})
RETURN count(*) AS rollups
