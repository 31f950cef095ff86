// Suggestions shown -> invitations sent -> accepted, for [$from, $to) (UTC day bounds): impressions by the
// day of their aggregated record (SuggestionShown); the invitation side from the daily rollups' source
// dimension (every invitation is in exactly one source), not a scan of the invitations.
CALL () {
  MATCH (s:SuggestionShown)
  WHERE s.day >= date($from) AND s.day < date($to)
  RETURN coalesce(sum(s.shown), 0) AS shown, count(DISTINCT [s.member, s.candidate]) AS pairsShown
}
CALL () {
  MATCH (r:InvitationRollup)
  WHERE r.dim = 'source' AND r.day >= date($from) AND r.day < date($to)
  RETURN coalesce(sum(r.n), 0) AS sent,
         coalesce(sum(CASE WHEN r.key = 'SUGGESTION' THEN r.n END), 0) AS sentFromSuggestions,
         coalesce(sum(CASE WHEN r.status = 'ACCEPTED' THEN r.n END), 0) AS accepted,
         coalesce(sum(CASE WHEN r.key = 'SUGGESTION' AND r.status = 'ACCEPTED' THEN r.n END), 0) AS acceptedFromSuggestions
}
RETURN shown, pairsShown, sent, sentFromSuggestions, accepted, acceptedFromSuggestions
