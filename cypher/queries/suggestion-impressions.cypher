// Suggestions: what members were shown, aggregated and written behind (ImpressionWriter): one SuggestionShown
// per (member, candidate, UTC day, simulated). Each row already sums the views since the writer's last write.
// $rows: [{member, candidate, day, simulated, shown, firstShown, bestRank,
//          last: {lastShown, lastRank, lastScore, reasons, experiment, arm}}]
// last: the values of the row's latest view (experiment and arm: the ranker experiment it was served under, null
// outside one); they replace the stored ones unless the record already holds a later view (another instance's).
// A new record takes all its values in one map write; an existing one is updated in place (Neo4j skips a property
// set to the value it already has).
UNWIND $rows AS row
MERGE (s:SuggestionShown {member: row.member, candidate: row.candidate, day: row.day, simulated: row.simulated})
  ON CREATE SET s += row.last, s.shown = row.shown, s.firstShown = row.firstShown, s.bestRank = row.bestRank
  ON MATCH SET s.shown = s.shown + row.shown,
    s.firstShown = CASE WHEN row.firstShown < s.firstShown THEN row.firstShown ELSE s.firstShown END,
    s.bestRank = CASE WHEN row.bestRank < s.bestRank THEN row.bestRank ELSE s.bestRank END,
    s += CASE WHEN s.lastShown IS NULL OR row.last.lastShown >= s.lastShown THEN row.last ELSE {} END
