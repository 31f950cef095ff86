// The analytics benchmark waits for the rollups' sketches the service builds in the background after migrations
// V0006 and V0008 (the funnel and the experiment report count exactly, and slowly, until then).
CALL () { MATCH (r:ImpressionRollup) WHERE r.sketch IS NULL RETURN count(r) AS a }
CALL () { MATCH (r:ExperimentImpressionRollup) WHERE r.sketch IS NULL RETURN count(r) AS b }
RETURN a + b AS unsketched
