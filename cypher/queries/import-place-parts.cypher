// Bulk import: a place is part of a larger one. $rows: [{a, b}]
UNWIND $rows AS row
MATCH (a:Place {id: row.a})
MATCH (b:Place {id: row.b})
MERGE (a)-[:PART_OF]->(b)
