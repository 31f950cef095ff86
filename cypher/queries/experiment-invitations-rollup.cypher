// Experiments: the invitation rollups of experiment $name: per arm and UTC day of sending, invitations sent,
// accepted and ignored, and (when $senders) the day's distinct senders under the arm.
MATCH (r:ExperimentInvitationRollup {experiment: $name})
RETURN r.arm AS arm, r.day AS day, r.sent AS sent, r.accepted AS accepted, r.ignored AS ignored,
       CASE WHEN $senders THEN r.senders ELSE [] END AS senders
ORDER BY arm, day
