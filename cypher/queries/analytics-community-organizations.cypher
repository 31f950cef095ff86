// The employers and schools of the given members (the network report's largest communities).
UNWIND $ids AS id
MATCH (:Member {id: id})-[:WORKS_AT|STUDIED_AT]->(o:Organization)
RETURN DISTINCT id AS member, coalesce(o.name, o.id) AS name
