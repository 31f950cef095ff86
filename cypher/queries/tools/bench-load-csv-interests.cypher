// Baseline for the import benchmark: Neo4j's own LOAD CSV of a memberId<TAB>interest file, with the same
// MERGE semantics as `import edges --interests` (the key folded in Cypher: case and underscores).
LOAD CSV FROM $url AS row FIELDTERMINATOR '\t'
CALL (row) {
  WITH row, toLower(trim(replace(row[1], '_', ' '))) AS key
  WHERE key <> ''
  MERGE (m:Member {id: row[0]})
    ON CREATE SET m.createdAt = datetime()
  MERGE (i:Interest {key: key})
    ON CREATE SET i.name = trim(replace(row[1], '_', ' '))
  MERGE (m)-[:INTERESTED_IN]->(i)
} IN TRANSACTIONS OF $batch ROWS
