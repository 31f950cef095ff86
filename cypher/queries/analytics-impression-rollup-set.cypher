// Daily impression rollups: per day, the views added (or, when $replace, the day's total) and the day's new
// sketch of the distinct (member, candidate) pairs shown (null: not built yet). Run under the lock taken by
// analytics-impression-rollup-lock.cypher. $rows: [{day, shown, sketch}]
UNWIND $rows AS row
MATCH (r:ImpressionRollup {day: row.day})
SET r.shown = CASE WHEN $replace THEN row.shown ELSE r.shown + row.shown END, r.sketch = row.sketch
