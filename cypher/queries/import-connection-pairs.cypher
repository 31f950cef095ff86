// Bulk import of an edge list, second pass: one CONNECTED_TO per pair, whichever direction it was stored in
// (the members exist: the first pass made them). $rows: [[a, b]] (pairs of ids, sorted by a so consecutive
// rows touch the same member's records), $since: when the import ran.
UNWIND $rows AS pair
MATCH (a:Member {id: pair[0]})
MATCH (b:Member {id: pair[1]})
MERGE (a)-[c:CONNECTED_TO]-(b)
  ON CREATE SET c.since = $since
