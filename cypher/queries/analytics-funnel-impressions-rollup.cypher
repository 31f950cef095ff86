// The impression side of the funnel for [$from, $to) (UTC day bounds) from the daily impression rollups: views
// per day and each day's sketch of distinct pairs (null while not built; the caller then counts them exactly).
MATCH (r:ImpressionRollup)
WHERE r.day >= date($from) AND r.day < date($to)
RETURN r.shown AS shown, r.sketch AS sketch
