// Ranker training: what members did with candidates they were suggested. An invitation sent from a suggestion
// that was accepted is a positive, one that was ignored a negative; a dismissal is a negative.
// $simulated: also learn from simulated activity (the simulate command's loop only).
MATCH (a:Member)-[:SENT]->(i:Invitation {source: 'SUGGESTION'})-[:TO]->(b:Member)
WHERE i.status IN ['ACCEPTED', 'IGNORED'] AND ($simulated OR NOT coalesce(i.simulated, false))
RETURN a.id AS member, b.id AS candidate, i.status = 'ACCEPTED' AS positive
UNION ALL
MATCH (a:Member)-[:DISMISSED]->(b:Member)
RETURN a.id AS member, b.id AS candidate, false AS positive
