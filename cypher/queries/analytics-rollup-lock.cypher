// Serialises rollup rebuilds across instances (each holds this node's write lock until it commits), so two
// rebuilds of the same day never interleave their delete and create.
MERGE (l:RollupLock {id: 'invitation-rollups'})
SET l.at = datetime()
RETURN l.id AS id
