// Drops the daily impression rollups of days that no longer have impressions (a full rebuild's last step).
MATCH (r:ImpressionRollup)
WHERE NOT r.day IN $days
DETACH DELETE r
