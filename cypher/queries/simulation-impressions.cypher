// Simulated suggestion impressions (graph contract). $member, $shownAt, $rows: [{candidate, rank, score, reasons}]
UNWIND $rows AS row
CREATE (:SuggestionImpression {member: $member, candidate: row.candidate, rank: row.rank, score: row.score,
                               reasons: row.reasons, shownAt: $shownAt, simulated: true})
