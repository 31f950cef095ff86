// Bulk import of an edge list's interest file: the member (it may be new) and the interest merged by its
// normalised key. $rows: [[member, key, name]], $createdAt: when the import ran. One request carries several
// transactions' worth of rows; the server commits every $batch (run auto-commit).
UNWIND $rows AS row
CALL (row) {
  MERGE (m:Member {id: row[0]})
    ON CREATE SET m.createdAt = $createdAt
  MERGE (i:Interest {key: row[1]})
    ON CREATE SET i.name = row[2]
  MERGE (m)-[:INTERESTED_IN]->(i)
} IN TRANSACTIONS OF $batch ROWS
