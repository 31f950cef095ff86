// Experiment impression rollups: takes the write lock of the ExperimentImpressionRollup of each {experiment, arm, day}
// in $keys (created with no views and the empty sketch $empty when new) and returns its sketch of the members shown.
// Taken after the day's ImpressionRollup lock (analytics-impression-rollup-lock.cypher), in every writer and rebuild,
// so they queue up in one order instead of losing each other's updates.
UNWIND $keys AS key
MERGE (r:ExperimentImpressionRollup {experiment: key.experiment, arm: key.arm, day: key.day})
  ON CREATE SET r.shown = 0, r.sketch = $empty
SET r.lockedAt = datetime()
RETURN r.experiment AS experiment, r.arm AS arm, r.day AS day, r.sketch AS sketch
