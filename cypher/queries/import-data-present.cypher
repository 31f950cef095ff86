// How many nodes a database holds besides bookkeeping: the migrations' records and the change feed's counter
// and records (all counts from the count store).
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (m:__Migration) RETURN count(m) AS migrations }
CALL () { MATCH (c:ChangeCounter) RETURN count(c) AS counters }
CALL () { MATCH (c:Change) RETURN count(c) AS changes }
RETURN nodes - migrations - counters - changes AS data
