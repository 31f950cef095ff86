// Bulk import of an edge list, first pass: its members, created before any connection so the second pass
// only matches. $rows: [id] (plain strings, sorted), $createdAt: when the import ran (one value, not one a row).
// One request carries several transactions' worth of rows; the server commits every $batch (run auto-commit).
UNWIND $rows AS id
CALL (id) {
  MERGE (m:Member {id: id})
    ON CREATE SET m.createdAt = $createdAt
} IN TRANSACTIONS OF $batch ROWS
