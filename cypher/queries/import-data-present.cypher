// How many nodes a database holds besides the migrations' bookkeeping (both counts from the count store).
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (m:__Migration) RETURN count(m) AS migrations }
RETURN nodes - migrations AS data
