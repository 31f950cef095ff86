// Bulk import of an edge list, second pass: one CONNECTED_TO per pair, whichever direction it was stored in.
// $rows: [[a, b]]: the elementIds the first pass returned for the two members (this import's own nodes, so
// each end is a seek by node id, not by the id index; the label check keeps a node that was deleted and
// whose id was reused by another kind of node out), pairs sorted by a so consecutive rows touch the same
// member's records. $since: when the import ran. One request carries several transactions' worth of rows;
// the server commits every $batch (run auto-commit). README "Import speed", fifth pass.
UNWIND $rows AS pair
CALL (pair) {
  MATCH (a:Member) WHERE elementId(a) = pair[0]
  MATCH (b:Member) WHERE elementId(b) = pair[1]
  MERGE (a)-[c:CONNECTED_TO]-(b)
    ON CREATE SET c.since = $since
} IN TRANSACTIONS OF $batch ROWS
