// Suggestions: how often each member was shown each candidate, and when last (impression discounting and the
// ranker's "shown" feature; read in bulk with each build of the in-memory graph, never per request).
MATCH (s:SuggestionImpression)
RETURN s.member AS member, s.candidate AS candidate, count(*) AS times, max(s.shownAt) AS last
