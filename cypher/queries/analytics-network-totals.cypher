// Members and connections in the store (both answered from the count store), to notice large changes.
CALL { MATCH (m:Member) RETURN count(m) AS members }
CALL { MATCH ()-[c:CONNECTED_TO]->() RETURN count(c) AS connections }
RETURN members, connections
