// Acceptance counts of the invitations sent in [$from, $to) from the daily rollups, as (key, status, n) rows
// shaped like analytics-acceptance.cypher's so the same Java code groups them: 'none' and 'cohort' add up the
// source dimension (every invitation is in exactly one source); cohort keys are Monday-based week numbers.
MATCH (r:InvitationRollup)
WHERE r.dim = CASE $by WHEN 'none' THEN 'source' WHEN 'cohort' THEN 'source' ELSE $by END
  AND r.day >= date($from) AND r.day < date($to)
WITH r.status AS status, CASE $by
    WHEN 'cohort' THEN (datetime({date: r.day}).epochSeconds + 259200) / 604800
    WHEN 'reason' THEN [r.key]
    WHEN 'none' THEN null
    ELSE r.key END AS key, r.n AS n
RETURN key, status, sum(n) AS n
