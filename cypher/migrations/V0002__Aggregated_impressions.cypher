// Impressions aggregated (issue 12): one SuggestionShown per (member, candidate, UTC day, simulated) with the
// number of times shown, first and last time, best and last rank, the last reasons (and room for an experiment
// arm), instead of one SuggestionImpression node per suggestion per list served. A day, not one record for all
// time, because analytics windows are UTC days: the funnel stays exact.
CREATE CONSTRAINT suggestion_shown_key IF NOT EXISTS
  FOR (s:SuggestionShown) REQUIRE (s.member, s.candidate, s.day, s.simulated) IS UNIQUE;
CREATE INDEX suggestion_shown_pair IF NOT EXISTS FOR (s:SuggestionShown) ON (s.member, s.candidate);
CREATE INDEX suggestion_shown_day IF NOT EXISTS FOR (s:SuggestionShown) ON (s.day);
// The existing impression nodes, folded into the new records (oldest first, so "last" is the latest view).
MATCH (s:SuggestionImpression)
WITH s ORDER BY s.shownAt
WITH s.member AS member, s.candidate AS candidate, date(s.shownAt) AS day, coalesce(s.simulated, false) AS simulated,
     collect(s) AS views
CALL (member, candidate, day, simulated, views) {
  MERGE (x:SuggestionShown {member: member, candidate: candidate, day: day, simulated: simulated})
    ON CREATE SET x.shown = 0, x.firstShown = views[0].shownAt
  SET x.shown = x.shown + size(views),
      x.lastShown = last(views).shownAt,
      x.lastRank = last(views).rank,
      x.lastScore = last(views).score,
      x.reasons = last(views).reasons,
      x.bestRank = reduce(best = coalesce(x.bestRank, last(views).rank), v IN views |
                          CASE WHEN v.rank < best THEN v.rank ELSE best END)
} IN TRANSACTIONS OF 1000 ROWS;
MATCH (s:SuggestionImpression)
CALL (s) { DELETE s } IN TRANSACTIONS OF 10000 ROWS;
DROP INDEX impression_shown IF EXISTS;
DROP INDEX impression_member IF EXISTS;
