// The sender rollups of a window: the monthly ones of the calendar months it covers whole, [$monthFrom, $monthTo),
// and the daily ones of its days outside them, [$headFrom, $headTo) and [$tailFrom, $tailTo) (dates). Per row,
// parallel lists of senders and their counts per status; the caller adds them up per sender and keeps the busiest.
CALL () {
  MATCH (r:SenderMonthRollup)
  WHERE r.month >= $monthFrom AND r.month < $monthTo
  RETURN r
  UNION ALL
  MATCH (r:SenderRollup)
  WHERE r.day >= $headFrom AND r.day < $headTo
  RETURN r
  UNION ALL
  MATCH (r:SenderRollup)
  WHERE r.day >= $tailFrom AND r.day < $tailTo
  RETURN r
}
RETURN r.senders AS senders, r.accepted AS accepted, r.ignored AS ignored, r.withdrawn AS withdrawn, r.pending AS pending
