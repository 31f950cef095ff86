// Bulk import: companies and schools. $rows: [{id, name, kind}]
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name, o.kind = row.kind
