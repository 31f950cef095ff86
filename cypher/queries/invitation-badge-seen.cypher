// Marks the "My Network" badge of $id seen at $now. No row = unknown member.
MATCH (m:Member {id: $id})
SET m.lastSeenNetworkAt = datetime($now)
RETURN m.id AS id
