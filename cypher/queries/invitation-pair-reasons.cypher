// Reasons two members ($a, $b) have to connect: mutual connections (count and up to 3 by name),
// shared interests, shared employers, schools and places they live in.
MATCH (a:Member {id: $a}), (b:Member {id: $b})
RETURN size(COLLECT { MATCH (a)-[:CONNECTED_TO]-(m:Member)-[:CONNECTED_TO]-(b)
                      WHERE m <> a AND m <> b RETURN DISTINCT m.id }) AS mutualCount,
       COLLECT { MATCH (a)-[:CONNECTED_TO]-(m:Member)-[:CONNECTED_TO]-(b) WHERE m <> a AND m <> b
                 WITH DISTINCT m ORDER BY m.lastName, m.firstName, m.id LIMIT 3
                 RETURN {id: m.id, firstName: m.firstName, lastName: m.lastName} } AS mutual,
       COLLECT { MATCH (a)-[:INTERESTED_IN]->(i:Interest)<-[:INTERESTED_IN]-(b)
                 RETURN DISTINCT i.name AS name ORDER BY name } AS interests,
       COLLECT { MATCH (a)-[:WORKS_AT]->(o:Organization)<-[:WORKS_AT]-(b)
                 RETURN DISTINCT o.name AS name ORDER BY name } AS companies,
       COLLECT { MATCH (a)-[:STUDIED_AT]->(o:Organization)<-[:STUDIED_AT]-(b)
                 RETURN DISTINCT o.name AS name ORDER BY name } AS schools,
       COLLECT { MATCH (a)-[:LIVES_IN]->(p:Place)<-[:LIVES_IN]-(b)
                 RETURN DISTINCT p.name AS name ORDER BY name } AS cities
