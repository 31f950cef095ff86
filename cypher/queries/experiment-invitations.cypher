// Experiments: invitations sent under experiment $name, per arm and UTC day of sending, by status. An
// invitation names its arms as 'experiment=arm' strings (Invitation.experimentArms): for a RANKER experiment
// only invitations sent from a suggestion, for NOTE_TONE every invitation of a member in the experiment.
// $label: '<name>=' (the prefix of this experiment's entries). Arms are recorded only while the experiment runs,
// so only invitations sent in [$start, $end) are read (the sentAt index): bounded by the experiment, not all time.
MATCH (i:Invitation)
WHERE i.sentAt >= $start AND i.sentAt < $end AND i.experimentArms IS NOT NULL
UNWIND i.experimentArms AS entry
WITH i, entry WHERE entry STARTS WITH $label
WITH substring(entry, size($label)) AS arm, date(i.sentAt) AS day, i
RETURN arm, day,
       count(i) AS sent,
       count(CASE WHEN i.status = 'ACCEPTED' THEN 1 END) AS accepted,
       count(CASE WHEN i.status = 'IGNORED' THEN 1 END) AS ignored
ORDER BY arm, day
