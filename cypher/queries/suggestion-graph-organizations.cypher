// In-memory suggestion graph: employers and schools.
MATCH (m:Member)-[r:WORKS_AT|STUDIED_AT]->(o:Organization)
RETURN m.id AS member, o.id AS id, o.name AS name, (type(r) = 'STUDIED_AT' OR o.kind = 'SCHOOL') AS school
