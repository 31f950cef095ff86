// Baseline for the import benchmark: Neo4j's own LOAD CSV of a comma-separated edge list with a header,
// with the same MERGE semantics as `import edges` (one member per id, one connection per pair).
LOAD CSV FROM $url AS row
WITH row SKIP 1
CALL (row) {
  MERGE (a:Member {id: row[0]})
    ON CREATE SET a.createdAt = datetime()
  MERGE (b:Member {id: row[1]})
    ON CREATE SET b.createdAt = datetime()
  MERGE (a)-[c:CONNECTED_TO]-(b)
    ON CREATE SET c.since = datetime()
} IN TRANSACTIONS OF $batch ROWS
