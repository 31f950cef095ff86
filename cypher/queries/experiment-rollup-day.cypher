// The aggregated impressions of UTC day $day served under an experiment arm: what rebuilding the day's
// ExperimentImpressionRollups reads (the day index, then the few properties).
MATCH (s:SuggestionShown)
WHERE s.day = $day AND s.experiment IS NOT NULL AND s.arm IS NOT NULL
RETURN s.experiment AS experiment, s.arm AS arm, s.member AS member, s.shown AS shown
