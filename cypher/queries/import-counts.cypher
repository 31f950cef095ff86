// What an import left in the database, for its summary; each count is read from Neo4j's count store.
CALL () { MATCH (m:Member) RETURN count(m) AS members }
CALL () { MATCH ()-[c:CONNECTED_TO]->() RETURN count(c) AS connections }
CALL () { MATCH (i:Interest) RETURN count(i) AS interests }
CALL () { MATCH ()-[l:INTERESTED_IN]->() RETURN count(l) AS `interest links` }
CALL () { MATCH (o:Organization) RETURN count(o) AS organisations }
CALL () { MATCH ()-[w:WORKS_AT|STUDIED_AT]->() RETURN count(w) AS `employer and school links` }
CALL () { MATCH (p:Place) RETURN count(p) AS places }
RETURN members, connections, interests, `interest links`, organisations, `employer and school links`, places
