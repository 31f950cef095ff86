// In-memory suggestion graph: every member with a display name, in id order (read from the id index, no sort):
// the graph's member numbers, and so the order of its sums and the evaluation's seeded baselines, then depend on
// the members alone, not on the order a store holds them in (the two import paths create them in different orders).
MATCH (m:Member)
WHERE m.id IS NOT NULL
RETURN m.id AS id, trim(coalesce(m.firstName, '') + ' ' + coalesce(m.lastName, '')) AS name
ORDER BY m.id
