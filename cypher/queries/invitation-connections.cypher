// One page of a member's connections, newest first. $id, $offset, $limit.
MATCH (m:Member {id: $id})-[c:CONNECTED_TO]-(o:Member)
RETURN o.id AS id, o.firstName AS firstName, o.lastName AS lastName, o.headline AS headline, c.since AS since
ORDER BY c.since DESC, o.id
SKIP $offset
LIMIT $limit
