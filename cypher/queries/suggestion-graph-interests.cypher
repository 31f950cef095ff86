// In-memory suggestion graph: member interests by normalised key, with the display name.
MATCH (m:Member)-[:INTERESTED_IN]->(i:Interest)
RETURN m.id AS member, i.key AS key, i.name AS name
