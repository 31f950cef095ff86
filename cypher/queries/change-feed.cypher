// Change feed: the changes after $after, in commit order, at most $limit.
MATCH (c:Change)
WHERE c.seq > $after
RETURN c.seq AS seq, c.kind AS kind, c.origin AS origin, c.at AS at, c.a AS a, c.b AS b, c.status AS status,
       c.name AS name, c.interests AS interests, c.organizations AS organizations, c.place AS place
ORDER BY c.seq
LIMIT $limit
