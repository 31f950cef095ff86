// Experiments: a new experiment. The unique constraint on name refuses a second one of the same name
// (the service checks first, the constraint decides a race). $e: {name, kind, armNames, armShares, start, end, createdAt}
CREATE (e:Experiment {name: $e.name, kind: $e.kind, armNames: $e.armNames, armShares: $e.armShares,
                      start: datetime($e.start), end: datetime($e.end), createdAt: datetime($e.createdAt)})
RETURN e.name AS name
