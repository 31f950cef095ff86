// In-memory suggestion state: per (member, candidate) how often and when last shown, with the last rank and
// reasons (for discounting, and for the invitation sent from a suggestion). Only the days since $since
// (rapport.suggestions.impressions.memory-window), so the in-memory counts stay bounded by age.
MATCH (s:SuggestionShown)
WHERE s.day >= $since
WITH s ORDER BY s.lastShown
WITH s.member AS member, s.candidate AS candidate, sum(s.shown) AS shown, collect(s)[-1] AS last
RETURN member, candidate, shown, last.lastShown AS lastShown, last.lastRank AS rank, last.reasons AS reasons
