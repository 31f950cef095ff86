// Drops the daily rollups of the UTC days in [$from, $to) before they are rebuilt from the invitations.
CALL () {
  MATCH (r:InvitationRollup) WHERE r.day >= date($from) AND r.day < date($to)
  DETACH DELETE r
}
CALL () {
  MATCH (r:AnswerRollup) WHERE r.day >= date($from) AND r.day < date($to)
  DETACH DELETE r
}
CALL () {
  MATCH (r:SenderRollup) WHERE r.day >= date($from) AND r.day < date($to)
  DETACH DELETE r
}
CALL () {
  MATCH (r:ExperimentInvitationRollup) WHERE r.day >= date($from) AND r.day < date($to)
  DETACH DELETE r
}
RETURN 1 AS done
