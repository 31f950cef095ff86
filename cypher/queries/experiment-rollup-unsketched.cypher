// UTC days with an experiment impression rollup that has no sketch yet (made by migration V0008, which cannot
// build sketches in Cypher).
MATCH (r:ExperimentImpressionRollup)
WHERE r.sketch IS NULL
RETURN DISTINCT r.day AS day
ORDER BY day
