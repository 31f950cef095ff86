// Everything a note or welcome draft needs for one pair, in one read. $from: sender id, $to: recipient id.
// No row when either member is missing. Lists are ordered so the same graph always gives the same draft:
// shared interests rarest first (fewest members interested), ties by key; names and ids break the rest.
MATCH (f:Member {id: $from})
MATCH (t:Member {id: $to})
RETURN f.firstName AS senderFirstName,
       t.firstName AS firstName, t.headline AS headline,
       COLLECT { MATCH (f)-[:INTERESTED_IN]->(i:Interest)<-[:INTERESTED_IN]-(t)
                 WITH i, COUNT { (i)<-[:INTERESTED_IN]-() } AS sharers
                 RETURN i.name ORDER BY sharers, i.key LIMIT 10 } AS sharedInterests,
       COLLECT { MATCH (f)-[:CONNECTED_TO]-(m:Member)-[:CONNECTED_TO]-(t)
                 WHERE m.firstName IS NOT NULL AND trim(m.firstName) <> ''
                 RETURN trim(m.firstName + ' ' + coalesce(m.lastName, '')) ORDER BY m.firstName, m.lastName, m.id LIMIT 3 } AS mutuals,
       COUNT { (f)-[:CONNECTED_TO]-(:Member)-[:CONNECTED_TO]-(t) } AS mutualCount,
       COLLECT { MATCH (f)-[:WORKS_AT]->(o:Organization)<-[:WORKS_AT]-(t)
                 RETURN DISTINCT o.name AS name ORDER BY name } AS sharedCompanies,
       COLLECT { MATCH (f)-[:STUDIED_AT]->(o:Organization)<-[:STUDIED_AT]-(t)
                 RETURN DISTINCT o.name AS name ORDER BY name } AS sharedSchools,
       head(COLLECT { MATCH (f)-[:LIVES_IN]->(p:Place)<-[:LIVES_IN]-(t)
                      RETURN p.name ORDER BY p.id }) AS sharedCity,
       head(COLLECT { MATCH (t)-[w:WORKS_AT]->(o:Organization)
                      RETURN o.name ORDER BY w.to IS NULL DESC, coalesce(w.to, w.from, 0) DESC, o.name }) AS employer,
       COLLECT { MATCH (t)-[:INTERESTED_IN]->(i:Interest)
                 WITH i, COUNT { (i)<-[:INTERESTED_IN]-() } AS sharers
                 RETURN i.name ORDER BY sharers, i.key LIMIT 3 } AS interests,
       EXISTS { (f)-[:CONNECTED_TO]-(t) } AS connected
