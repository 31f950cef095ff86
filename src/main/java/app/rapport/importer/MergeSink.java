package app.rapport.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.rapport.config.Backoff;
import app.rapport.config.Cypher;

/**
 * The incremental path: rows written to a live database with the parameterised, MERGE-based
 * {@code UNWIND $rows AS row …} statements, a batch per transaction (retried by the driver on transient
 * errors), so a re-run after an interruption changes nothing. A row is a map of named fields (LDBC), or,
 * for the edge-list statements that run millions of times, a plain id or a list of ids: a map's keys
 * would be packed into every row of every Bolt message, and values shared by all rows (the import's
 * timestamp) are one statement parameter instead.
 *
 * <p>Several writers run at once without waiting on each other's locks: every row names the nodes it
 * locks (a connection its two members, an interest link its member and interest, …); each such key is
 * hashed into one of {@code 2 × writers} groups and the row goes to the bucket of its two groups. The
 * buckets are written in rounds whose buckets share no group (a round-robin schedule), so concurrent
 * transactions never touch the same node; rows with the same keys stay in one bucket, in file order.
 */
final class MergeSink implements RowSink {

    /** Row fields naming the nodes each statement locks (MERGE on them, or a relationship between them). */
    private static final Map<String, List<String>> LOCKED = Map.of(
            "import-members", List.of("id"),
            "import-places", List.of("id"),
            "import-organizations", List.of("id"),
            "import-place-parts", List.of("a", "b"),
            "import-connections", List.of("a", "b"),
            "import-interests", List.of("member", "key"),
            "import-lives-in", List.of("member", "place"),
            "import-works-at", List.of("member", "org"),
            "import-studied-at", List.of("member", "org"));

    /**
     * Statements of positional rows: a row locks the id it is, or the first two elements of its list, or the two
     * nodes it was added with ({@link Writer#add(Object, Object, Object)}: a member and its partners). They run
     * {@code CALL { … } IN TRANSACTIONS OF $batch ROWS}: one request carries {@link #BATCHES_PER_REQUEST} batches
     * and the server commits each (auto-commit, so the driver does not retry it: {@link Writer#run} does).
     */
    private static final Set<String> POSITIONAL = Set.of("import-member-ids", "import-connection-groups", "import-interest-keys",
            "import-interest-groups");

    private static final Logger log = LoggerFactory.getLogger(MergeSink.class);
    static final int BATCHES_PER_REQUEST = 10;
    /**
     * Attempts of a request that failed on a transient error (a deadlock); MERGE makes a repeat harmless. Five
     * immediate repeats were enough so far (a 5M-connection import repeated a request twice at most), but a larger
     * or busier import could use them up: each repeat now waits (doubling, with jitter, up to {@link #MAX_PAUSE_MS})
     * so the two writers fall out of step; under 8 s of pauses in all.
     */
    private static final int ATTEMPTS = 12;
    private static final long MAX_PAUSE_MS = 1_000;

    private final Driver driver;
    private final int batchSize;
    private final int writers;

    MergeSink(Driver driver, int batchSize, int writers) {
        this.driver = driver;
        this.batchSize = batchSize;
        this.writers = writers;
    }

    @Override
    public Writer open(String statement, ImportReport report, Progress progress) {
        return open(statement, Map.of(), report, progress);
    }

    /** A writer whose statement also gets {@code constants} (values the same for every row). */
    Writer open(String statement, Map<String, Object> constants, ImportReport report, Progress progress) {
        return open(statement, constants, report, progress, null);
    }

    /**
     * As above, for a statement that returns records: each goes to {@code results}, from the writer threads (so it must
     * be thread-safe), possibly more than once when a request is repeated after a transient error.
     */
    Writer open(String statement, Map<String, Object> constants, ImportReport report, Progress progress, Consumer<Record> results) {
        List<String> keys = POSITIONAL.contains(statement) ? List.of() : LOCKED.get(statement);
        if (keys == null) {
            throw new IllegalArgumentException("No lock keys known for " + statement);
        }
        return new Writer(Cypher.query(statement), POSITIONAL.contains(statement), constants, keys, report, progress, results);
    }

    final class Writer implements RowWriter {

        private final String statement;
        private final boolean serverBatches;
        private final Map<String, Object> constants;
        private final List<String> keys;
        private final ImportReport report;
        private final Progress progress;
        private final Consumer<Record> results;
        private final int groups = 2 * writers;
        private final List<List<Object>> buckets = new ArrayList<>();
        private ToIntFunction<Object> weight = row -> 1;

        Writer(String statement, boolean serverBatches, Map<String, Object> constants, List<String> keys, ImportReport report,
                Progress progress, Consumer<Record> results) {
            this.statement = statement;
            this.serverBatches = serverBatches;
            this.constants = constants;
            this.keys = keys;
            this.report = report;
            this.progress = progress;
            this.results = results;
            for (int i = 0; i < groups * groups; i++) {
                buckets.add(new ArrayList<>());
            }
        }

        @Override
        public void add(Map<String, Object> row) {
            int a = group(row.get(keys.get(0)));
            int b = keys.size() > 1 ? group(row.get(keys.get(1))) : a;
            bucket(a, b).add(row);
        }

        /**
         * Rows that stand for several rows each (a member and its partners): {@code weight} tells how many, for the
         * progress, the report and the size of a transaction.
         */
        Writer weighted(ToIntFunction<Object> weight) {
            this.weight = weight;
            return this;
        }

        /** The number of lock groups. */
        int groups() {
            return groups;
        }

        /** A row that locks the nodes {@code a} and {@code b} (every node it touches is in the group of one of them). */
        void add(Object a, Object b, Object row) {
            bucket(group(a), group(b)).add(row);
        }

        /** A positional row: an id (the node it locks), or a list whose first two elements are the nodes it locks. */
        void add(Object row) {
            if (row instanceof List<?> list) {
                bucket(group(list.get(0)), group(list.size() > 1 ? list.get(1) : list.get(0))).add(row);
            } else {
                int a = group(row);
                bucket(a, a).add(row);
            }
        }

        private List<Object> bucket(int a, int b) {
            return buckets.get(Math.min(a, b) * groups + Math.max(a, b));
        }

        /** The lock group of a node key, {@code 0 ≤ group < 2 × writers}: rows whose keys share no group run at once. */
        int group(Object key) {
            return Math.floorMod(key.hashCode() * 0x9E3779B9, groups);
        }

        @Override
        public void close() {
            long total = buckets.stream().flatMap(List::stream).mapToLong(weight::applyAsInt).sum();
            if (total <= batchSize) {
                // One transaction's worth (most files of the demo data): no threads, one commit.
                List<Object> all = new ArrayList<>();
                buckets.forEach(all::addAll);
                buckets.clear();
                write(all);
                return;
            }
            ExecutorService pool = Executors.newFixedThreadPool(writers, r -> {
                Thread t = new Thread(r, "import-writer");
                t.setDaemon(true);
                return t;
            });
            try {
                for (List<int[]> round : Rounds.of(groups)) {
                    List<Future<?>> running = new ArrayList<>();
                    for (int[] bucket : round) {
                        List<Object> rows = buckets.get(bucket[0] * groups + bucket[1]);
                        if (!rows.isEmpty()) {
                            running.add(pool.submit(() -> write(rows)));
                        }
                    }
                    for (Future<?> f : running) {
                        await(f);
                    }
                }
            } finally {
                pool.shutdownNow();
                buckets.clear();
            }
        }

        /**
         * Writes rows a request at a time: {@code batchSize} rows' weight per transaction, {@link #BATCHES_PER_REQUEST}
         * transactions per request on the server-batched statements.
         */
        private void write(List<Object> rows) {
            try (Session session = driver.session()) {
                int step = serverBatches ? batchSize * BATCHES_PER_REQUEST : batchSize;
                int from = 0;
                while (from < rows.size()) {
                    int to = from;
                    int weighs = 0;
                    while (to < rows.size() && weighs < step) {
                        weighs += weight.applyAsInt(rows.get(to++));
                    }
                    List<Object> batch = rows.subList(from, to);
                    Map<String, Object> parameters = new HashMap<>(constants);
                    parameters.put("rows", batch);
                    if (serverBatches) {
                        // Rows per server transaction, so each holds about batchSize rows' weight.
                        parameters.put("batch", Math.max(1, (int) ((long) batch.size() * batchSize / Math.max(1, weighs))));
                        run(session, parameters);
                    } else {
                        session.executeWriteWithoutResult(tx -> drain(tx.run(statement, parameters)));
                    }
                    report.imported(weighs);
                    progress.step(weighs);
                    from = to;
                }
            }
        }

        /** One auto-commit request of server-side batches, repeated on a transient error as the driver would a transaction. */
        private void run(Session session, Map<String, Object> parameters) {
            for (int attempt = 1; ; attempt++) {
                try {
                    drain(session.run(statement, parameters));
                    return;
                } catch (TransientException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    log.warn("Import request failed ({}), attempt {} of {}; repeating it (MERGE: rows already written stay as they are)",
                            e.getMessage(), attempt, ATTEMPTS);
                    Backoff.pause(attempt, MAX_PAUSE_MS);
                }
            }
        }

        private void drain(Result result) {
            if (results != null) {
                result.forEachRemaining(results);
            }
            result.consume();
        }

        private static void await(Future<?> f) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Import interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    /** Rounds of buckets {@code (i, j)}, {@code i ≤ j < groups}, no two buckets of a round sharing a group. */
    static final class Rounds {

        private Rounds() {
        }

        static List<List<int[]>> of(int groups) {
            List<List<int[]>> rounds = new ArrayList<>();
            List<int[]> diagonal = new ArrayList<>();
            for (int i = 0; i < groups; i++) {
                diagonal.add(new int[] {i, i});
            }
            rounds.add(diagonal);
            // The circle method: group n-1 stays, the others rotate; each round pairs every group once.
            int n = groups;
            for (int r = 0; r < n - 1; r++) {
                List<int[]> round = new ArrayList<>();
                round.add(pair(r, n - 1));
                for (int s = 1; s < n / 2; s++) {
                    round.add(pair((r + s) % (n - 1), Math.floorMod(r - s, n - 1)));
                }
                rounds.add(round);
            }
            return rounds;
        }

        private static int[] pair(int a, int b) {
            return new int[] {Math.min(a, b), Math.max(a, b)};
        }
    }
}
