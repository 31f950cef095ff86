// In-memory suggestion graph: every member with a display name.
MATCH (m:Member)
RETURN m.id AS id, trim(coalesce(m.firstName, '') + ' ' + coalesce(m.lastName, '')) AS name
