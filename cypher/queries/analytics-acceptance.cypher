// Acceptance counts of invitations sent in [$from, $to), per group of the split $by
// ('none' | 'note' | 'source' | 'reason' | 'mutuals' | 'cohort'). Status is as of now. An invitation with
// several suggestion reasons counts under each of them.
MATCH (i:Invitation)
WHERE i.sentAt >= $from AND i.sentAt < $to
WITH i, CASE $by
    WHEN 'note' THEN [coalesce(i.noteKind, 'NONE')]
    WHEN 'source' THEN [coalesce(i.source, 'PROFILE')]
    WHEN 'reason' THEN CASE WHEN size(coalesce(i.suggestionReasons, [])) = 0 THEN ['NONE'] ELSE i.suggestionReasons END
    WHEN 'mutuals' THEN [CASE
        WHEN coalesce(i.mutualConnections, 0) = 0 THEN '0'
        WHEN i.mutualConnections = 1 THEN '1'
        WHEN i.mutualConnections <= 4 THEN '2-4'
        ELSE '5+' END]
    WHEN 'cohort' THEN [toString(date.truncate('week', i.sentAt))]
    ELSE ['ALL'] END AS groups
UNWIND groups AS grp
RETURN grp AS grp,
       count(CASE WHEN i.status = 'ACCEPTED' THEN 1 END) AS accepted,
       count(CASE WHEN i.status = 'IGNORED' THEN 1 END) AS ignored,
       count(CASE WHEN i.status = 'WITHDRAWN' THEN 1 END) AS withdrawn,
       count(CASE WHEN i.status = 'PENDING' THEN 1 END) AS pending
ORDER BY grp
