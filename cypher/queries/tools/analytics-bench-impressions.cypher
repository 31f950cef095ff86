// bench-analytics load fixture: suggestion impressions in bulk, marked simulated.
// $rows: [{member, candidate, rank, score, reasons, shownAt}]
UNWIND $rows AS row
CREATE (:SuggestionImpression {member: row.member, candidate: row.candidate, rank: row.rank, score: row.score,
                               reasons: row.reasons, shownAt: row.shownAt, simulated: true})
