// Suggestions: who was shown whom, at which rank, with which score and reasons (for the funnel).
// $member, $shownAt, $simulated, $rows: [{candidate, rank, score, reasons}]
UNWIND $rows AS row
CREATE (:SuggestionImpression {member: $member, candidate: row.candidate, rank: row.rank, score: row.score,
                               reasons: row.reasons, shownAt: $shownAt, simulated: $simulated})
