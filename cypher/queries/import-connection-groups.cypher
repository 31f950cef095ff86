// Bulk import of an edge list, second pass: one CONNECTED_TO per pair, whichever direction it was stored in,
// with MERGE's guarantee checked once per member instead of twice per pair.
// $rows: [[a, [b, …]]]: the internal node ids the first pass returned for a member and for the partners it was
// named with first (this import's own lookups, so every end is a NodeByIdSeek, not an id-index seek; the label
// check keeps out a node deleted meanwhile whose id another kind of node reused). A row takes a's write lock
// (as invitation-lock-member does), reads a's connections once, and creates those to the partners not among
// them: every other writer of CONNECTED_TO locks both members first (the invitations, MERGE), so none can add
// one of these pairs between the read and the commit. MERGE per pair would read a's relationship chain twice
// per pair (before and after taking its locks); the README's "Import speed" gives the measurement.
// $since: when the import ran. One request carries several transactions' worth of rows; the server commits
// every $batch rows (run auto-commit).
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Member) WHERE id(a) = row[0]
  SET a._lock = true
  REMOVE a._lock
  WITH a, row, COLLECT { MATCH (a)-[:CONNECTED_TO]-(n) RETURN id(n) } AS connected
  UNWIND row[1] AS other
  WITH a, other
  WHERE NOT other IN connected
  MATCH (b:Member) WHERE id(b) = other
  CREATE (a)-[:CONNECTED_TO {since: $since}]->(b)
} IN TRANSACTIONS OF $batch ROWS
