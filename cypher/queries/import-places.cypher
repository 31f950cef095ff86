// Bulk import: places (city, country, continent). $rows: [{id, name, kind}]
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p.name = row.name, p.kind = row.kind
