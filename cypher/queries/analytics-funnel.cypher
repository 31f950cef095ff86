// Suggestions shown -> invitations sent -> accepted, for [$from, $to) (UTC day bounds): impressions by the
// day of their aggregated record (SuggestionShown), invitations by their sentAt (status as of now).
CALL () {
  MATCH (s:SuggestionShown)
  WHERE s.day >= date($from) AND s.day < date($to)
  RETURN coalesce(sum(s.shown), 0) AS shown, count(DISTINCT [s.member, s.candidate]) AS pairsShown
}
CALL () {
  MATCH (i:Invitation)
  WHERE i.sentAt >= $from AND i.sentAt < $to
  RETURN count(i) AS sent,
         count(CASE WHEN i.source = 'SUGGESTION' THEN 1 END) AS sentFromSuggestions,
         count(CASE WHEN i.status = 'ACCEPTED' THEN 1 END) AS accepted,
         count(CASE WHEN i.source = 'SUGGESTION' AND i.status = 'ACCEPTED' THEN 1 END) AS acceptedFromSuggestions
}
RETURN shown, pairsShown, sent, sentFromSuggestions, accepted, acceptedFromSuggestions
