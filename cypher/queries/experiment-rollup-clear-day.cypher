// Drops the experiment impression rollups of UTC day $day before they are rebuilt from the day's impressions
// (under the day's ImpressionRollup lock, so no writer adds to them meanwhile).
MATCH (r:ExperimentImpressionRollup)
WHERE r.day = $day
DETACH DELETE r
