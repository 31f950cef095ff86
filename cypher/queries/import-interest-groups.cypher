// Bulk import of an edge list's interest file, second step: one INTERESTED_IN per member and interest, with
// MERGE's guarantee checked once per member (as import-connection-groups does for connections).
// $rows: [[member, [interest, …]]]: the internal node ids import-member-ids and import-interest-keys returned
// (seeks by node id, with the label check). A row takes the member's write lock, reads its interests once and
// links those it lacks: the other writer of INTERESTED_IN (member-upsert's MERGE) locks the member too. One
// request carries several transactions' worth of rows; the server commits every $batch rows (run auto-commit).
UNWIND $rows AS row
CALL (row) {
  MATCH (m:Member) WHERE id(m) = row[0]
  SET m._lock = true
  REMOVE m._lock
  WITH m, row, COLLECT { MATCH (m)-[:INTERESTED_IN]->(i) RETURN id(i) } AS linked
  UNWIND row[1] AS interest
  WITH m, interest
  WHERE NOT interest IN linked
  MATCH (i:Interest) WHERE id(i) = interest
  CREATE (m)-[:INTERESTED_IN]->(i)
} IN TRANSACTIONS OF $batch ROWS
