// Bulk import of an edge list, second pass: one CONNECTED_TO per pair, whichever direction it was stored in.
// $rows: [[a, b]]: the internal node ids the first pass returned for the two members (this import's own
// lookups, so each end is a NodeByIdSeek, not an id-index seek; the label check keeps out a node deleted
// meanwhile whose id another kind of node reused). id() rather than elementId(): a long instead of a ~40
// character string per end, 10-15 % faster on the 1.3M graph (README "Import speed", fifth pass). Pairs are
// sorted by a so consecutive rows touch the same member's records. $since: when the import ran. One request
// carries several transactions' worth of rows; the server commits every $batch (run auto-commit).
UNWIND $rows AS pair
CALL (pair) {
  MATCH (a:Member) WHERE id(a) = pair[0]
  MATCH (b:Member) WHERE id(b) = pair[1]
  MERGE (a)-[c:CONNECTED_TO]-(b)
    ON CREATE SET c.since = $since
} IN TRANSACTIONS OF $batch ROWS
