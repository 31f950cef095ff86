// Invitations sent in [$from, $to) counted per status and per raw key of the split $by
// ('none' | 'note' | 'source' | 'reason' | 'mutuals' | 'cohort'); status is as of now. Keys stay raw
// (note kind, source, reason list, mutual count, week number) and are bucketed in Java: grouping on plain
// property values is cheaper than evaluating bucket expressions per invitation.
// Week number: (epoch seconds + 3 days) / 1 week counts Monday-based weeks (1970-01-01 was a Thursday).
MATCH (i:Invitation)
WHERE i.sentAt >= $from AND i.sentAt < $to
WITH i.status AS status, CASE $by
    WHEN 'note' THEN i.noteKind
    WHEN 'source' THEN i.source
    WHEN 'reason' THEN i.suggestionReasons
    WHEN 'mutuals' THEN i.mutualConnections
    WHEN 'cohort' THEN (i.sentAt.epochSeconds + 259200) / 604800
    ELSE null END AS key
RETURN key, status, count(*) AS n
