// Bulk import: one CONNECTED_TO per pair, whichever direction it was stored in. $rows: [{a, b, since}]
UNWIND $rows AS row
MATCH (a:Member {id: row.a})
MATCH (b:Member {id: row.b})
MERGE (a)-[c:CONNECTED_TO]-(b)
  ON CREATE SET c.since = row.since
