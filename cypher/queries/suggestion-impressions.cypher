// Suggestions: what members were shown, aggregated and written behind (ImpressionWriter): one SuggestionShown
// per (member, candidate, UTC day, simulated). Each row already sums the views of one flush interval.
// $rows: [{member, candidate, day, simulated, shown, firstShown, lastShown, bestRank, lastRank, lastScore, reasons, experiment, arm}]
// experiment and arm: the ranker experiment the views were served under (null outside one), as of the last view.
UNWIND $rows AS row
MERGE (s:SuggestionShown {member: row.member, candidate: row.candidate, day: row.day, simulated: row.simulated})
  ON CREATE SET s.shown = 0, s.firstShown = row.firstShown, s.bestRank = row.bestRank
WITH s, row, (s.lastShown IS NULL OR row.lastShown >= s.lastShown) AS newer
SET s.shown = s.shown + row.shown,
    s.firstShown = CASE WHEN row.firstShown < s.firstShown THEN row.firstShown ELSE s.firstShown END,
    s.bestRank = CASE WHEN row.bestRank < s.bestRank THEN row.bestRank ELSE s.bestRank END,
    s.lastShown = CASE WHEN newer THEN row.lastShown ELSE s.lastShown END,
    s.lastRank = CASE WHEN newer THEN row.lastRank ELSE s.lastRank END,
    s.lastScore = CASE WHEN newer THEN row.lastScore ELSE s.lastScore END,
    s.reasons = CASE WHEN newer THEN row.reasons ELSE s.reasons END,
    s.experiment = CASE WHEN newer THEN row.experiment ELSE s.experiment END,
    s.arm = CASE WHEN newer THEN row.arm ELSE s.arm END
