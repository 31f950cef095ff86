// Seconds from sending to the recipient's answer (accept or ignore) of invitations sent in [$from, $to),
// per answer; percentiles are taken in Java over the lists (one pass instead of one per figure).
MATCH (i:Invitation)
WHERE i.sentAt >= $from AND i.sentAt < $to AND i.status IN ['ACCEPTED', 'IGNORED'] AND i.answeredAt IS NOT NULL
RETURN i.status AS status, collect(i.answeredAt.epochSeconds - i.sentAt.epochSeconds) AS seconds
