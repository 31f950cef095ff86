// Daily impression rollups: takes the write lock of the ImpressionRollup of each day in $days (created with no
// views and the empty sketch $empty when new) and returns its sketch. The lock is held to commit, so the writers
// of impressions and the rebuilds of a day queue up instead of losing each other's updates.
UNWIND $days AS day
MERGE (r:ImpressionRollup {day: day})
  ON CREATE SET r.shown = 0, r.sketch = $empty
SET r.lockedAt = datetime()
RETURN r.day AS day, r.sketch AS sketch
