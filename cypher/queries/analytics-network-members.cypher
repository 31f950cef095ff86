// Every member who joined before $to (undated members count as always there), for the network snapshot.
MATCH (m:Member)
WHERE m.createdAt IS NULL OR m.createdAt < $to
RETURN m.id AS id, trim(coalesce(m.firstName, '') + ' ' + coalesce(m.lastName, '')) AS name
