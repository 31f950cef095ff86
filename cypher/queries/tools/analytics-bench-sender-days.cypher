// The analytics benchmark's look at by=sender before the monthly rollups: every daily sender list of the window
// ($from, $to: instants) read and sent to the caller, nothing added up (what the query and the transfer cost alone).
MATCH (r:SenderRollup)
WHERE r.day >= date($from) AND r.day < date($to)
RETURN r.senders AS senders, r.accepted AS accepted, r.ignored AS ignored, r.withdrawn AS withdrawn, r.pending AS pending
