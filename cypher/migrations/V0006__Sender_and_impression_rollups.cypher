// More daily rollups for the analytics (issue 16): the busiest senders (SenderRollup, per UTC day of sending:
// parallel lists of senders and their counts per status) and the impression side of the funnel (ImpressionRollup,
// per UTC day shown: views and a HyperLogLog sketch of the distinct pairs). This builds them for the data that
// already exists. Same grouping as cypher/queries/analytics-rollup-senders.cypher, and the impression rollups get
// their views here but no sketch (Cypher cannot build one): ImpressionRollups builds those when the service starts.
CREATE INDEX rollup_sender_day IF NOT EXISTS FOR (r:SenderRollup) ON (r.day);
CREATE CONSTRAINT rollup_impression_day IF NOT EXISTS FOR (r:ImpressionRollup) REQUIRE r.day IS UNIQUE;
MATCH (r:SenderRollup) DETACH DELETE r;
MATCH (r:ImpressionRollup) DETACH DELETE r;
MATCH (i:Invitation)
WHERE i.sentAt IS NOT NULL
MATCH (s:Member)-[:SENT]->(i)
WITH date(datetime({epochMillis: i.sentAt.epochMillis})) AS day, s.id AS sender,
     count(CASE WHEN i.status = 'ACCEPTED' THEN 1 END) AS accepted,
     count(CASE WHEN i.status = 'IGNORED' THEN 1 END) AS ignored,
     count(CASE WHEN i.status = 'WITHDRAWN' THEN 1 END) AS withdrawn,
     count(CASE WHEN i.status = 'PENDING' THEN 1 END) AS pending
WITH day, collect(sender) AS senders, collect(accepted) AS accepted, collect(ignored) AS ignored,
     collect(withdrawn) AS withdrawn, collect(pending) AS pending
CREATE (:SenderRollup {day: day, senders: senders, accepted: accepted, ignored: ignored, withdrawn: withdrawn,
                       pending: pending});
MATCH (s:SuggestionShown)
WHERE s.day IS NOT NULL
WITH s.day AS day, sum(s.shown) AS shown
CREATE (:ImpressionRollup {day: day, shown: shown});
