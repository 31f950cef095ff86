// Change feed: the last number handed out (0 before any change).
OPTIONAL MATCH (counter:ChangeCounter {id: 'suggestions'})
RETURN coalesce(counter.seq, 0) AS seq
