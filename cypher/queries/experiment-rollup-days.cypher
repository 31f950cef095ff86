// The UTC days a full rebuild of the experiment impression rollups covers: days with impressions served under an
// arm, and days that still have a rollup (to drop it if it has none).
CALL () {
  MATCH (s:SuggestionShown)
  WHERE s.experiment IS NOT NULL AND s.arm IS NOT NULL
  RETURN DISTINCT s.day AS day
  UNION
  MATCH (r:ExperimentImpressionRollup)
  RETURN DISTINCT r.day AS day
}
RETURN day
ORDER BY day
