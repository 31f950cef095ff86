// Create or replace one member's profile; the profile's relationships are replaced as a whole.
// $member: {id, firstName, lastName, headline, industry}; $interests: [{key, name}];
// $employers: [{id, derivedId, name, from, to}]; $schools: [{id, derivedId, name, classYear}]; $city: {id, derivedId, name}
// or null. Organisations and places are shared: a given id links to the existing node of that kind; a new one is made
// under the given id only when $admin, otherwise under derivedId (kind + normalised name), so no member can take an
// id or name a node for everyone else. A shared node's name and kind are set once, when it is made, never changed.
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
  OPTIONAL MATCH (given:Organization {id: employer.id})
  WITH m, employer, CASE WHEN given IS NULL AND $admin OR given.kind = 'COMPANY' THEN employer.id
                         ELSE employer.derivedId END AS orgId
  MERGE (o:Organization {id: orgId})
    ON CREATE SET o.name = employer.name, o.kind = 'COMPANY'
  CREATE (m)-[:WORKS_AT {from: employer.from, to: employer.to}]->(o)
}
CALL (m) {
  UNWIND $schools AS school
  OPTIONAL MATCH (given:Organization {id: school.id})
  WITH m, school, CASE WHEN given IS NULL AND $admin OR given.kind = 'SCHOOL' THEN school.id
                       ELSE school.derivedId END AS orgId
  MERGE (o:Organization {id: orgId})
    ON CREATE SET o.name = school.name, o.kind = 'SCHOOL'
  CREATE (m)-[:STUDIED_AT {classYear: school.classYear}]->(o)
}
CALL (m) {
  UNWIND CASE WHEN $city IS NULL THEN [] ELSE [$city] END AS city
  OPTIONAL MATCH (given:Place {id: city.id})
  WITH m, city, CASE WHEN given IS NULL AND $admin OR given.kind = 'CITY' THEN city.id
                     ELSE city.derivedId END AS placeId
  MERGE (p:Place {id: placeId})
    ON CREATE SET p.name = city.name, p.kind = 'CITY'
  CREATE (m)-[:LIVES_IN]->(p)
}
RETURN created
