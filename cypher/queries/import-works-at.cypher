// Bulk import: employers with the year work began. $rows: [{member, org, from}]
UNWIND $rows AS row
MATCH (m:Member {id: row.member})
MATCH (o:Organization {id: row.org})
MERGE (m)-[w:WORKS_AT]->(o)
SET w.from = row.from
