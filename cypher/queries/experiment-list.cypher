// Experiments: every experiment, oldest start first (the service keeps them in memory and refreshes them).
MATCH (e:Experiment)
RETURN e.name AS name, e.kind AS kind, e.armNames AS armNames, e.armShares AS armShares,
       e.start AS start, e.end AS end, e.createdAt AS createdAt
ORDER BY e.start, e.name
