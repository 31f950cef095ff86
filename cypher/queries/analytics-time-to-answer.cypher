// Time from sending to the recipient's answer (accept or ignore) of invitations sent in [$from, $to),
// overall and per answer, in seconds: count, median and 90th percentile (linear interpolation).
MATCH (i:Invitation)
WHERE i.sentAt >= $from AND i.sentAt < $to AND i.status IN ['ACCEPTED', 'IGNORED'] AND i.answeredAt IS NOT NULL
WITH i.status AS status, duration.inSeconds(i.sentAt, i.answeredAt).seconds AS seconds
RETURN 'ALL' AS status, count(seconds) AS answered,
       percentileCont(seconds, 0.5) AS median, percentileCont(seconds, 0.9) AS p90
UNION ALL
MATCH (i:Invitation)
WHERE i.sentAt >= $from AND i.sentAt < $to AND i.status IN ['ACCEPTED', 'IGNORED'] AND i.answeredAt IS NOT NULL
WITH i.status AS status, duration.inSeconds(i.sentAt, i.answeredAt).seconds AS seconds
RETURN status, count(seconds) AS answered,
       percentileCont(seconds, 0.5) AS median, percentileCont(seconds, 0.9) AS p90
