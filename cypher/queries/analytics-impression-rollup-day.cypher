// The aggregated impressions of one UTC day $day: what rebuilding the day's ImpressionRollup reads.
MATCH (s:SuggestionShown)
WHERE s.day = $day
RETURN s.member AS member, s.candidate AS candidate, s.shown AS shown
