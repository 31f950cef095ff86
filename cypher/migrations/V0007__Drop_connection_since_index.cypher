// V0001's index on CONNECTED_TO.since serves no query: the two that filter by it (analytics-connections-over-time,
// analytics-network-edges) ask `c.since IS NULL OR c.since < $to`, which a range index cannot answer (it holds no
// nulls), so they scan every connection anyway; the connections page orders one member's few connections after
// expanding from the member. Yet every connection written maintains it, and after an initial import populating it
// over millions of relationships was the longest wait of the command (9.8 s of 64 on 5M connections). A query
// that comes to need it adds it back in a new migration.
DROP INDEX connection_since IF EXISTS;
