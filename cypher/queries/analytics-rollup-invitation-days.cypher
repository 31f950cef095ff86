// The first and last instant an invitation was sent (the days a full rebuild of the rollups covers).
MATCH (i:Invitation)
WHERE i.sentAt IS NOT NULL
RETURN min(i.sentAt) AS first, max(i.sentAt) AS last
