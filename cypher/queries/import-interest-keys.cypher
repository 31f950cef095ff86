// Bulk import of an edge list's interest file, first step: each distinct interest once, merged by its
// normalised key and named by its first spelling. $rows: [[key, name]]. One request carries several
// transactions' worth of rows; the server commits every $batch (run auto-commit). Returns each interest's
// internal node id for the links (import-interest-links).
UNWIND $rows AS row
CALL (row) {
  MERGE (i:Interest {key: row[0]})
    ON CREATE SET i.name = row[1]
  RETURN id(i) AS node
} IN TRANSACTIONS OF $batch ROWS
RETURN row[0] AS key, node
