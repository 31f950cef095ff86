// Daily acceptance rollups of the invitations sent in [$from, $to): one InvitationRollup per UTC day of
// sending, dimension, group key and status (as of now), with the count. Dimensions: note (kind, NONE without),
// source (PROFILE without), mutuals (bucket as its lowest value 0, 1, 2, 5), reason (each of an invitation's
// reasons, NONE without). The same grouping as analytics-acceptance.cypher, so the sums are equal.
// Keep in step with V0005__Daily_rollups.cypher, which builds them for data that existed before.
MATCH (i:Invitation)
WHERE i.sentAt >= $from AND i.sentAt < $to
WITH date(datetime({epochMillis: i.sentAt.epochMillis})) AS day, i.status AS status,
     coalesce(i.noteKind, 'NONE') AS note, coalesce(i.source, 'PROFILE') AS source,
     CASE WHEN coalesce(i.mutualConnections, 0) <= 0 THEN 0 WHEN i.mutualConnections = 1 THEN 1
          WHEN i.mutualConnections <= 4 THEN 2 ELSE 5 END AS mutuals,
     CASE WHEN size(coalesce(i.suggestionReasons, [])) = 0 THEN ['NONE'] ELSE i.suggestionReasons END AS reasons
WITH day, status, note, source, mutuals, reasons, count(*) AS n
UNWIND [['note', note], ['source', source], ['mutuals', mutuals]] + [r IN reasons | ['reason', r]] AS dimKey
WITH day, dimKey[0] AS dim, dimKey[1] AS key, status, sum(n) AS n
CREATE (:InvitationRollup {day: day, dim: dim, key: key, status: status, n: n})
RETURN count(*) AS rollups
