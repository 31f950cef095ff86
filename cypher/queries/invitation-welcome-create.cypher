// Stores a welcome message from $from to $to. $id, $text, $now.
MATCH (s:Member {id: $from}), (t:Member {id: $to})
CREATE (s)-[:WROTE]->(m:Message {id: $id, text: $text, kind: 'WELCOME', sentAt: datetime($now)})-[:TO]->(t)
RETURN m {.*, from: s.id, to: t.id} AS message
