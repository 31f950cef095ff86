// Change feed (issue 12): every write transaction that changes suggestion state also creates a Change numbered
// by the one ChangeCounter, incremented in the same transaction just before it commits. The counter's write lock
// is held to commit, so sequence order is commit order and a reader of "seq > last" never skips a number that
// commits later. Instances poll the feed to keep their in-memory copies in step.
CREATE CONSTRAINT change_counter_id IF NOT EXISTS FOR (c:ChangeCounter) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
MERGE (c:ChangeCounter {id: 'suggestions'}) ON CREATE SET c.seq = 0;
