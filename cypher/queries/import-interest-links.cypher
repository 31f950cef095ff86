// Bulk import of an edge list's interest file, second step: one INTERESTED_IN per member and interest.
// $rows: [[member, interest]]: the internal node ids import-member-ids and import-interest-keys returned
// (seeks by node id, as in import-connection-pairs). One request carries several transactions' worth of
// rows; the server commits every $batch (run auto-commit).
UNWIND $rows AS link
CALL (link) {
  MATCH (m:Member) WHERE id(m) = link[0]
  MATCH (i:Interest) WHERE id(i) = link[1]
  MERGE (m)-[:INTERESTED_IN]->(i)
} IN TRANSACTIONS OF $batch ROWS
