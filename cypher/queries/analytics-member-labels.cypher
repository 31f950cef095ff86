// Display names of the given members (the busiest senders of a window), by id.
UNWIND $ids AS id
MATCH (m:Member {id: id})
RETURN m.id AS id, trim(coalesce(m.firstName, '') + ' ' + coalesce(m.lastName, '')) AS label
