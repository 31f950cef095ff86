// Daily impression rollups without a sketch yet (made by migration V0006, which cannot build sketches in Cypher).
MATCH (r:ImpressionRollup)
WHERE r.sketch IS NULL
RETURN r.day AS day
ORDER BY day
