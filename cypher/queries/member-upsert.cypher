// Create or replace one member's profile; the profile's relationships are replaced as a whole.
// $member: {id, firstName, lastName, headline, industry}; $interests: [{key, name}];
// $employers: [{id, name, from, to}]; $schools: [{id, name, classYear}]; $city: {id, name} or null.
OPTIONAL MATCH (existing:Member {id: $member.id})
WITH existing IS NULL AS created
MERGE (m:Member {id: $member.id})
  ON CREATE SET m.createdAt = datetime($now)
SET m.firstName = $member.firstName,
    m.lastName = $member.lastName,
    m.headline = $member.headline,
    m.industry = $member.industry,
    m.updatedAt = datetime($now)
WITH m, created
CALL (m) {
  MATCH (m)-[r:INTERESTED_IN|WORKS_AT|STUDIED_AT|LIVES_IN]->()
  DELETE r
}
CALL (m) {
  UNWIND $interests AS interest
  MERGE (i:Interest {key: interest.key})
    ON CREATE SET i.name = interest.name
  MERGE (m)-[:INTERESTED_IN]->(i)
}
CALL (m) {
  UNWIND $employers AS employer
  MERGE (o:Organization {id: employer.id})
    ON CREATE SET o.name = employer.name, o.kind = 'COMPANY'
  CREATE (m)-[:WORKS_AT {from: employer.from, to: employer.to}]->(o)
}
CALL (m) {
  UNWIND $schools AS school
  MERGE (o:Organization {id: school.id})
    ON CREATE SET o.name = school.name, o.kind = 'SCHOOL'
  CREATE (m)-[:STUDIED_AT {classYear: school.classYear}]->(o)
}
CALL (m) {
  UNWIND CASE WHEN $city IS NULL THEN [] ELSE [$city] END AS city
  MERGE (p:Place {id: city.id})
    ON CREATE SET p.name = city.name, p.kind = 'CITY'
  CREATE (m)-[:LIVES_IN]->(p)
}
RETURN created
