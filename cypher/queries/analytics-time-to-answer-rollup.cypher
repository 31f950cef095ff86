// Time-to-answer histograms of the invitations sent in [$from, $to), merged over the days' rollups.
MATCH (r:AnswerRollup)
WHERE r.day >= date($from) AND r.day < date($to)
RETURN r.status AS status, r.bucket AS bucket, sum(r.n) AS n
