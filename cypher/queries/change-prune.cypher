// Change feed: forget changes older than $before (an instance further behind rebuilds in full), a batch at a time.
MATCH (c:Change)
WHERE c.at < $before
WITH c LIMIT 10000
DELETE c
RETURN count(*) AS pruned
