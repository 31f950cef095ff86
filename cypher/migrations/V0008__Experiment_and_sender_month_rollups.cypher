// Rollups for the last two analytics figures that still read records per request (issue 16): the experiment
// report and the busiest senders. ExperimentImpressionRollup {experiment, arm, day, shown, sketch}: views per
// experiment, arm and UTC day shown, with a HyperLogLog sketch of the members shown (kept by ExperimentRollups in
// the impression writer's transaction). ExperimentInvitationRollup {experiment, arm, day, sent, accepted, ignored,
// senders}: invitations naming the arm per UTC day of sending, rebuilt with the other daily rollups (DailyRollups).
// SenderMonthRollup {month, senders, accepted, ignored, withdrawn, pending}: the daily SenderRollup lists of a
// calendar month added up per sender, rebuilt with its days. This builds them for the data that already exists.
// Cypher cannot build a sketch: the experiment impression rollups get their views here and their sketches when the
// service starts (ExperimentRollups), until then the report counts members exposed exactly.
// Same grouping as cypher/queries/analytics-rollup-experiments.cypher and analytics-rollup-sender-months.cypher.
CREATE CONSTRAINT experiment_impression_rollup IF NOT EXISTS
  FOR (r:ExperimentImpressionRollup) REQUIRE (r.experiment, r.arm, r.day) IS UNIQUE;
CREATE INDEX experiment_invitation_rollup IF NOT EXISTS FOR (r:ExperimentInvitationRollup) ON (r.experiment);
CREATE INDEX experiment_invitation_rollup_day IF NOT EXISTS FOR (r:ExperimentInvitationRollup) ON (r.day);
CREATE INDEX experiment_impression_rollup_day IF NOT EXISTS FOR (r:ExperimentImpressionRollup) ON (r.day);
CREATE CONSTRAINT sender_month_rollup IF NOT EXISTS FOR (r:SenderMonthRollup) REQUIRE r.month IS UNIQUE;
MATCH (r:ExperimentImpressionRollup) DETACH DELETE r;
MATCH (r:ExperimentInvitationRollup) DETACH DELETE r;
MATCH (r:SenderMonthRollup) DETACH DELETE r;
MATCH (s:SuggestionShown)
WHERE s.experiment IS NOT NULL AND s.arm IS NOT NULL AND s.day IS NOT NULL
WITH s.experiment AS experiment, s.arm AS arm, s.day AS day, sum(s.shown) AS shown
CREATE (:ExperimentImpressionRollup {experiment: experiment, arm: arm, day: day, shown: shown});
MATCH (i:Invitation)
WHERE i.sentAt IS NOT NULL AND i.experimentArms IS NOT NULL
MATCH (m:Member)-[:SENT]->(i)
UNWIND i.experimentArms AS entry
WITH date(datetime({epochMillis: i.sentAt.epochMillis})) AS day, split(entry, '=') AS parts, i.status AS status, m.id AS sender
WITH day, parts[0] AS experiment, parts[1] AS arm, count(*) AS sent,
     count(CASE WHEN status = 'ACCEPTED' THEN 1 END) AS accepted, count(CASE WHEN status = 'IGNORED' THEN 1 END) AS ignored,
     collect(DISTINCT sender) AS senders
CREATE (:ExperimentInvitationRollup {experiment: experiment, arm: arm, day: day, sent: sent, accepted: accepted,
                                     ignored: ignored, senders: senders});
MATCH (r:SenderRollup)
UNWIND range(0, size(r.senders) - 1) AS k
WITH date.truncate('month', r.day) AS month, r.senders[k] AS sender, r.accepted[k] AS accepted, r.ignored[k] AS ignored,
     r.withdrawn[k] AS withdrawn, r.pending[k] AS pending
WITH month, sender, sum(accepted) AS accepted, sum(ignored) AS ignored, sum(withdrawn) AS withdrawn, sum(pending) AS pending
WITH month, collect(sender) AS senders, collect(accepted) AS accepted, collect(ignored) AS ignored,
     collect(withdrawn) AS withdrawn, collect(pending) AS pending
CREATE (:SenderMonthRollup {month: month, senders: senders, accepted: accepted, ignored: ignored, withdrawn: withdrawn,
                            pending: pending});
