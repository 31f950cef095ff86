// Bulk import: schools with the class year. $rows: [{member, org, classYear}]
UNWIND $rows AS row
MATCH (m:Member {id: row.member})
MATCH (o:Organization {id: row.org})
MERGE (m)-[s:STUDIED_AT]->(o)
SET s.classYear = row.classYear
