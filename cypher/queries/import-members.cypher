// Bulk import: members by id (profile fields only where the file has them). $rows: [{id, firstName, lastName, createdAt}]
UNWIND $rows AS row
MERGE (m:Member {id: row.id})
  ON CREATE SET m.createdAt = row.createdAt
SET m.firstName = coalesce(row.firstName, m.firstName),
    m.lastName = coalesce(row.lastName, m.lastName)
