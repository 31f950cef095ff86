// Bulk import: member interests, the interest merged by its normalised key. $rows: [{member, key, name, createdAt}]
UNWIND $rows AS row
MERGE (m:Member {id: row.member})
  ON CREATE SET m.createdAt = row.createdAt
MERGE (i:Interest {key: row.key})
  ON CREATE SET i.name = row.name
MERGE (m)-[:INTERESTED_IN]->(i)
