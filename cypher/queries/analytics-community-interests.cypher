// The interests of the given members (the network report's largest communities), by display name.
UNWIND $ids AS id
MATCH (:Member {id: id})-[:INTERESTED_IN]->(i:Interest)
RETURN id AS member, coalesce(i.name, i.key) AS name
