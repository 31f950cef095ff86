// One member's profile with its interests, employers, schools and city.
MATCH (m:Member {id: $id})
RETURN m.id AS id, m.firstName AS firstName, m.lastName AS lastName,
       m.headline AS headline, m.industry AS industry, m.createdAt AS createdAt,
       COLLECT { MATCH (m)-[:INTERESTED_IN]->(i:Interest) RETURN i.name ORDER BY i.name } AS interests,
       COLLECT { MATCH (m)-[w:WORKS_AT]->(o:Organization)
                 RETURN {id: o.id, name: o.name, from: w.from, to: w.to} AS e ORDER BY w.from, o.name } AS employers,
       COLLECT { MATCH (m)-[s:STUDIED_AT]->(o:Organization)
                 RETURN {id: o.id, name: o.name, classYear: s.classYear} AS e ORDER BY s.classYear, o.name } AS schools,
       head(COLLECT { MATCH (m)-[:LIVES_IN]->(p:Place) RETURN {id: p.id, name: p.name} AS c ORDER BY p.id }) AS city
