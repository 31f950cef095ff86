// Suggestions: the latest time $member was shown $candidate (its rank and reason codes), for the invitation
// they send from it, when this instance's memory does not know it (shown by another instance). Ties (one
// instant) go to the better rank.
MATCH (s:SuggestionShown {member: $member, candidate: $candidate})
RETURN s.lastRank AS rank, s.reasons AS reasons
ORDER BY s.lastShown DESC, s.lastRank ASC
LIMIT 1
