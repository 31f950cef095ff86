// Experiments: impressions per arm of experiment $name (RANKER): views, distinct members exposed, per UTC day.
// An impression record carries the arm of its member's last view that day (SuggestionShown.arm).
MATCH (s:SuggestionShown {experiment: $name})
WHERE s.arm IS NOT NULL
RETURN s.arm AS arm, s.day AS day, sum(s.shown) AS impressions, count(DISTINCT s.member) AS members
ORDER BY arm, day
