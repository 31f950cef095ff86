// Removes the connection between $a and $b, whichever direction it was stored in. Returns how many.
MATCH (:Member {id: $a})-[c:CONNECTED_TO]-(:Member {id: $b})
DELETE c
RETURN count(*) AS removed
