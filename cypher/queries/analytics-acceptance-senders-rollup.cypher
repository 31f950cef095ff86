// The daily sender rollups of [$from, $to) (UTC day bounds): per day, parallel lists of senders and their
// counts per status; the caller adds them up per sender and keeps the busiest.
MATCH (r:SenderRollup)
WHERE r.day >= date($from) AND r.day < date($to)
RETURN r.senders AS senders, r.accepted AS accepted, r.ignored AS ignored, r.withdrawn AS withdrawn, r.pending AS pending
