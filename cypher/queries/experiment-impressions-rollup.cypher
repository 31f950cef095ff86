// Experiments: the impression rollups of experiment $name (RANKER): views per arm and UTC day, and each day's
// sketch of the members shown under the arm (null while not built; the caller then counts them exactly).
MATCH (r:ExperimentImpressionRollup {experiment: $name})
RETURN r.arm AS arm, r.day AS day, r.shown AS impressions, r.sketch AS sketch
ORDER BY arm, day
