// Suggestions: "not interested". Idempotent; the latest dismissal time wins. $id, $other, $at
MATCH (m:Member {id: $id})
MATCH (o:Member {id: $other})
MERGE (m)-[d:DISMISSED]->(o)
SET d.at = $at
RETURN count(d) AS dismissed
