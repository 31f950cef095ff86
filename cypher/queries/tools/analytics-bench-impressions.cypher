// bench-analytics load fixture: suggestion impressions in bulk, marked simulated, in the aggregated shape
// (found or made through the unique key's index). $rows: [{member, candidate, rank, score, reasons, shownAt,
// experiment, arm}]
UNWIND $rows AS row
MERGE (s:SuggestionShown {member: row.member, candidate: row.candidate, day: date(row.shownAt), simulated: true})
  ON CREATE SET s.shown = 0, s.firstShown = row.shownAt, s.bestRank = row.rank
SET s.shown = s.shown + 1, s.lastShown = row.shownAt, s.lastRank = row.rank, s.lastScore = row.score,
    s.reasons = row.reasons, s.bestRank = CASE WHEN row.rank < s.bestRank THEN row.rank ELSE s.bestRank END,
    s.experiment = row.experiment, s.arm = row.arm
