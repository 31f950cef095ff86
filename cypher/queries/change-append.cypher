// Change feed: one change of suggestion state, in the transaction that made it (run just before it commits).
// Taking the next number locks the counter until the commit: numbers are handed out in commit order.
// $change: {kind, origin, at, a, b, status, name, interests, organizations, place}
// (MERGE: V0003 creates the counter, but a store emptied since must not lose changes; the constraint keeps it one.)
MERGE (counter:ChangeCounter {id: 'suggestions'})
  ON CREATE SET counter.seq = 0
SET counter.seq = counter.seq + 1
CREATE (c:Change {seq: counter.seq})
SET c += $change
