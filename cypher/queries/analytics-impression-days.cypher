// Every UTC day with impressions (a full rebuild of the impression rollups covers them).
MATCH (s:SuggestionShown)
WHERE s.day IS NOT NULL
RETURN DISTINCT s.day AS day
ORDER BY day
