// Bulk import of an edge list, first pass: its members, created before any connection so the second pass
// only matches. $rows: [id] (plain strings, sorted), $createdAt: when the import ran (one value, not one a row).
// One request carries several transactions' worth of rows; the server commits every $batch (run auto-commit).
// Returns each member's internal node id: the later passes address the nodes by it (NodeIds), not by the id index.
UNWIND $rows AS id
CALL (id) {
  MERGE (m:Member {id: id})
    ON CREATE SET m.createdAt = $createdAt
  RETURN id(m) AS node
} IN TRANSACTIONS OF $batch ROWS
RETURN id AS key, node
