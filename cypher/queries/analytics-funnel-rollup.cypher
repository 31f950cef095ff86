// Invitations sent -> accepted for [$from, $to) (UTC day bounds), overall and from suggestions, from the daily
// rollups' source dimension (every invitation is in exactly one source), not a scan of the invitations. The
// impression side comes from the daily impression rollups (analytics-funnel-impressions-rollup.cypher).
MATCH (r:InvitationRollup)
WHERE r.dim = 'source' AND r.day >= date($from) AND r.day < date($to)
RETURN coalesce(sum(r.n), 0) AS sent,
       coalesce(sum(CASE WHEN r.key = 'SUGGESTION' THEN r.n END), 0) AS sentFromSuggestions,
       coalesce(sum(CASE WHEN r.status = 'ACCEPTED' THEN r.n END), 0) AS accepted,
       coalesce(sum(CASE WHEN r.key = 'SUGGESTION' AND r.status = 'ACCEPTED' THEN r.n END), 0) AS acceptedFromSuggestions
