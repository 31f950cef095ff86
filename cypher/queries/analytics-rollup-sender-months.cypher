// Monthly sender rollups of the calendar months that overlap [$from, $to): each SenderMonthRollup {month (its
// first day), senders, accepted, ignored, withdrawn, pending} is dropped and made again from the month's daily
// SenderRollup lists added up per sender. Run after those days were rebuilt, in the same transaction. Keep in step
// with V0008__Experiment_and_sender_month_rollups.cypher.
CALL () {
  MATCH (m:SenderMonthRollup)
  WHERE m.month >= date.truncate('month', date($from)) AND m.month < date($to)
  DETACH DELETE m
}
CALL () {
  MATCH (r:SenderRollup)
  WHERE r.day >= date.truncate('month', date($from)) AND r.day < date.truncate('month', date($to) - duration('P1D')) + duration('P1M')
  UNWIND range(0, size(r.senders) - 1) AS k
  WITH date.truncate('month', r.day) AS month, r.senders[k] AS sender, r.accepted[k] AS accepted, r.ignored[k] AS ignored,
       r.withdrawn[k] AS withdrawn, r.pending[k] AS pending
  WITH month, sender, sum(accepted) AS accepted, sum(ignored) AS ignored, sum(withdrawn) AS withdrawn, sum(pending) AS pending
  WITH month, collect(sender) AS senders, collect(accepted) AS accepted, collect(ignored) AS ignored,
       collect(withdrawn) AS withdrawn, collect(pending) AS pending
  CREATE (:SenderMonthRollup {month: month, senders: senders, accepted: accepted, ignored: ignored, withdrawn: withdrawn,
                              pending: pending})
}
RETURN 1 AS done
