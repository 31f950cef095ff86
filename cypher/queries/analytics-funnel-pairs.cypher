// Distinct (member, candidate) pairs shown in [$from, $to) (UTC day bounds), counted exactly over the
// aggregated impressions: the funnel's fallback while a day of the window has no sketch yet.
MATCH (s:SuggestionShown)
WHERE s.day >= date($from) AND s.day < date($to)
RETURN count(DISTINCT [s.member, s.candidate]) AS pairsShown
