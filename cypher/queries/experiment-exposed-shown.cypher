// Experiments: members shown a list under each arm of experiment $name, counted exactly over its aggregated
// impressions: the report's fallback while a day's experiment rollup has no sketch yet.
MATCH (s:SuggestionShown {experiment: $name})
WHERE s.arm IS NOT NULL
RETURN s.arm AS arm, count(DISTINCT s.member) AS shown
