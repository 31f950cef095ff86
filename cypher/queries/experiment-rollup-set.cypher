// Experiment impression rollups: per {experiment, arm, day}, the views added (or, when $replace, the total) and the
// new sketch of the members shown. Run under the locks of experiment-rollup-lock.cypher.
// $rows: [{experiment, arm, day, shown, sketch}]
UNWIND $rows AS row
MATCH (r:ExperimentImpressionRollup {experiment: row.experiment, arm: row.arm, day: row.day})
SET r.shown = CASE WHEN $replace THEN row.shown ELSE r.shown + row.shown END, r.sketch = row.sketch
