// Simulation stand-in for suggestions (used only until the suggestion service is wired in): friends of
// friends by mutual connections, then shared interests, without anyone connected or with an open or
// refused invitation either way. $member, $limit.
MATCH (m:Member {id: $member})
CALL (m) {
  MATCH (m)-[:CONNECTED_TO]-(:Member)-[:CONNECTED_TO]-(c:Member)
  WHERE c <> m AND NOT (m)-[:CONNECTED_TO]-(c)
  RETURN c, count(*) AS mutuals
  ORDER BY mutuals DESC, c.id
  LIMIT 100
}
WITH m, c, mutuals
WHERE NOT EXISTS { (m)-[:SENT]->(i:Invitation)-[:TO]->(c) WHERE i.status IN ['PENDING', 'IGNORED', 'WITHDRAWN'] }
  AND NOT EXISTS { (c)-[:SENT]->(i:Invitation)-[:TO]->(m) WHERE i.status = 'PENDING' }
WITH m, c, mutuals, COUNT { (m)-[:INTERESTED_IN]->(:Interest)<-[:INTERESTED_IN]-(c) } AS shared
ORDER BY mutuals + shared DESC, c.id
LIMIT $limit
RETURN c.id AS id, mutuals, shared,
       EXISTS { (m)-[:WORKS_AT]->(:Organization)<-[:WORKS_AT]-(c) } AS sameCompany,
       EXISTS { (m)-[:STUDIED_AT]->(:Organization)<-[:STUDIED_AT]-(c) } AS sameSchool,
       EXISTS { (m)-[:LIVES_IN]->(:Place)<-[:LIVES_IN]-(c) } AS sameCity
