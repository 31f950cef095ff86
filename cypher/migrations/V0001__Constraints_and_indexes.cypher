// Every business id is unique; ids are never Neo4j internal ids.
CREATE CONSTRAINT member_id IF NOT EXISTS FOR (m:Member) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT interest_key IF NOT EXISTS FOR (i:Interest) REQUIRE i.key IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (o:Organization) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (p:Place) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT invitation_id IF NOT EXISTS FOR (i:Invitation) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT message_id IF NOT EXISTS FOR (m:Message) REQUIRE m.id IS UNIQUE;
// What queries filter by.
CREATE INDEX member_created IF NOT EXISTS FOR (m:Member) ON (m.createdAt);
CREATE INDEX organization_kind IF NOT EXISTS FOR (o:Organization) ON (o.kind);
CREATE INDEX invitation_status IF NOT EXISTS FOR (i:Invitation) ON (i.status);
CREATE INDEX invitation_sent IF NOT EXISTS FOR (i:Invitation) ON (i.sentAt);
CREATE INDEX connection_since IF NOT EXISTS FOR ()-[c:CONNECTED_TO]-() ON (c.since);
CREATE INDEX invitation_answered IF NOT EXISTS FOR (i:Invitation) ON (i.answeredAt);
CREATE INDEX impression_shown IF NOT EXISTS FOR (s:SuggestionImpression) ON (s.shownAt);
CREATE INDEX impression_member IF NOT EXISTS FOR (s:SuggestionImpression) ON (s.member, s.candidate);
CREATE INDEX message_sent IF NOT EXISTS FOR (m:Message) ON (m.sentAt);
