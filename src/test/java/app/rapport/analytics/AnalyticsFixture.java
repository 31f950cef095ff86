package app.rapport.analytics;

import org.neo4j.driver.Driver;

/**
 * A small graph whose every figure is worked out by hand in the tests. Invitations (sender→recipient,
 * status, note kind, source, reasons, mutuals, sent, answered after):
 * <pre>
 * i1 a→b ACCEPTED  DRAFTED SUGGESTION [MUTUAL_CONNECTIONS, SHARED_INTERESTS] 3  06-01 09:00  +2h
 * i2 a→c IGNORED   NONE    PROFILE    []                                     0  06-02 10:00  +10h
 * i3 a→d WITHDRAWN OWN     SUGGESTION [SAME_COMPANY]                         1  06-03 09:00  +24h
 * i4 b→d PENDING   EDITED  SUGGESTION [MUTUAL_CONNECTIONS]                   5  06-08 09:00  -
 * i5 c→e ACCEPTED  DRAFTED SUGGESTION [MUTUAL_CONNECTIONS]                   2  06-09 09:00  +4h
 * i6 e→f ACCEPTED  NONE    PROFILE    []                                     0  06-10 12:00  +20h
 * </pre>
 * Impressions: a→b, a→d, b→d, c→e twice, a→f (6 shown, 5 pairs). Connections: a-b, a-c, b-c (a
 * triangle), c-d, e-f; g has none. Members a,b,c joined 2026-01-15, d,e 2026-03-10, f,g undated;
 * connections a-b, a-c on 2026-02-01, b-c 03-05, c-d 03-20, e-f 03-15.
 */
final class AnalyticsFixture {

    private AnalyticsFixture() {
    }

    static void load(Driver driver) {
        try (var session = driver.session()) {
            session.run("""
                    UNWIND [['a','Ada','2026-01-15'], ['b','Bo','2026-01-15'], ['c','Cy','2026-01-15'],
                            ['d','Di','2026-03-10'], ['e','Ed','2026-03-10'], ['f','Fay',null], ['g','Gus',null]] AS m
                    CREATE (:Member {id: m[0], firstName: m[1], lastName: 'Test',
                                     createdAt: CASE WHEN m[2] IS NULL THEN null ELSE datetime(m[2] + 'T12:00:00Z') END})
                    """).consume();
            session.run("""
                    UNWIND [['a','b','2026-02-01'], ['a','c','2026-02-01'], ['b','c','2026-03-05'],
                            ['c','d','2026-03-20'], ['e','f','2026-03-15']] AS c
                    MATCH (x:Member {id: c[0]}), (y:Member {id: c[1]})
                    CREATE (x)-[:CONNECTED_TO {since: datetime(c[2] + 'T12:00:00Z')}]->(y)
                    """).consume();
            session.run("""
                    UNWIND [
                      ['i1','a','b','ACCEPTED','DRAFTED','SUGGESTION',['MUTUAL_CONNECTIONS','SHARED_INTERESTS'],3,'2026-06-01T09:00:00Z',2],
                      ['i2','a','c','IGNORED','NONE','PROFILE',[],0,'2026-06-02T10:00:00Z',10],
                      ['i3','a','d','WITHDRAWN','OWN','SUGGESTION',['SAME_COMPANY'],1,'2026-06-03T09:00:00Z',24],
                      ['i4','b','d','PENDING','EDITED','SUGGESTION',['MUTUAL_CONNECTIONS'],5,'2026-06-08T09:00:00Z',null],
                      ['i5','c','e','ACCEPTED','DRAFTED','SUGGESTION',['MUTUAL_CONNECTIONS'],2,'2026-06-09T09:00:00Z',4],
                      ['i6','e','f','ACCEPTED','NONE','PROFILE',[],0,'2026-06-10T12:00:00Z',20]] AS i
                    MATCH (s:Member {id: i[1]}), (r:Member {id: i[2]})
                    WITH s, r, i, datetime(i[8]) AS sent
                    CREATE (s)-[:SENT]->(:Invitation {id: i[0], status: i[3], noteKind: i[4], source: i[5],
                        note: CASE WHEN i[4] = 'NONE' THEN null ELSE 'Hello' END,
                        suggestionReasons: i[6], mutualConnections: i[7], sentAt: sent,
                        answeredAt: CASE WHEN i[9] IS NULL THEN null ELSE sent + duration({hours: i[9]}) END,
                        suggestionRank: CASE WHEN i[5] = 'SUGGESTION' THEN 1 ELSE null END,
                        simulated: false})-[:TO]->(r)
                    """).consume();
            session.run("""
                    UNWIND [['a','b','2026-05-31'], ['a','d','2026-05-31'], ['b','d','2026-06-07'],
                            ['c','e','2026-06-08'], ['c','e','2026-06-09'], ['a','f','2026-06-10']] AS s
                    CREATE (:SuggestionShown {member: s[0], candidate: s[1], day: date(s[2]), simulated: false, shown: 1,
                        firstShown: datetime(s[2] + 'T08:00:00Z'), lastShown: datetime(s[2] + 'T08:00:00Z'),
                        bestRank: 1, lastRank: 1, lastScore: 1.0, reasons: ['MUTUAL_CONNECTIONS']})
                    """).consume();
        }
    }
}
