// New members per $unit ('day' | 'week' | 'month') that joined before $to; undated members under null.
MATCH (m:Member)
WHERE m.createdAt IS NULL OR m.createdAt < $to
WITH CASE WHEN m.createdAt IS NULL THEN null ELSE toString(date.truncate($unit, m.createdAt)) END AS period
RETURN period, count(*) AS added
ORDER BY period
