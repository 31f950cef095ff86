// Experiments: members exposed per arm of experiment $name over its whole run: for RANKER the members shown a
// list under the arm, for NOTE_TONE the members who sent an invitation under it. $label: '<name>='. Invitations
// carry arms only while the experiment runs: only those sent in [$start, $end) are read.
CALL {
  MATCH (s:SuggestionShown {experiment: $name})
  WHERE s.arm IS NOT NULL
  RETURN s.arm AS arm, count(DISTINCT s.member) AS shown, 0 AS senders
  UNION ALL
  MATCH (i:Invitation)
  WHERE i.sentAt >= $start AND i.sentAt < $end AND i.experimentArms IS NOT NULL
  MATCH (m:Member)-[:SENT]->(i)
  UNWIND i.experimentArms AS entry
  WITH m, entry WHERE entry STARTS WITH $label
  RETURN substring(entry, size($label)) AS arm, 0 AS shown, count(DISTINCT m) AS senders
}
RETURN arm, sum(shown) AS shown, sum(senders) AS senders
