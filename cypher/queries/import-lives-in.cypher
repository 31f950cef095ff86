// Bulk import: where members live. $rows: [{member, place}]
UNWIND $rows AS row
MATCH (m:Member {id: row.member})
MATCH (p:Place {id: row.place})
MERGE (m)-[:LIVES_IN]->(p)
