// New connections per $unit ('day' | 'week' | 'month') made before $to; undated ones under null.
MATCH (:Member)-[c:CONNECTED_TO]->(:Member)
WHERE c.since IS NULL OR c.since < $to
WITH CASE WHEN c.since IS NULL THEN null ELSE toString(date.truncate($unit, c.since)) END AS period
RETURN period, count(*) AS added
ORDER BY period
