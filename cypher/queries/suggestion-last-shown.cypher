// Suggestions: the latest time $member was shown $candidate (its rank and reason codes), for the invitation
// they send from it. Ties (one instant) go to the better rank.
MATCH (s:SuggestionImpression {member: $member, candidate: $candidate})
RETURN s.rank AS rank, s.reasons AS reasons
ORDER BY s.shownAt DESC, s.rank ASC
LIMIT 1
