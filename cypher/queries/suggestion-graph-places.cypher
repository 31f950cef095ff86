// In-memory suggestion graph: where members live (the place they are linked to, e.g. a city).
MATCH (m:Member)-[:LIVES_IN]->(p:Place)
RETURN m.id AS member, p.id AS id, p.name AS name
