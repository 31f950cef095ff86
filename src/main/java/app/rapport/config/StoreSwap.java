package app.rapport.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts a store built offline (by the batch importer) in place of the default database as one step that
 * survives {@code kill -9}: the store is built under {@code <data-dir>/import-staging}; a {@code COMPLETE}
 * marker, fsynced, is written only when the build finished; then the database and transaction-log
 * directories are moved into place. Whoever opens the data directory next ({@link #settle}, called by
 * {@link EmbeddedNeo4j#start} and by every import) rolls a marked staging directory forward and deletes an
 * unmarked one, so the default database is always either the old one (or absent) or the complete new one.
 */
public final class StoreSwap {

    static final String STAGING = "import-staging";
    static final String MARKER = "COMPLETE";
    /** The default database's directories inside a Neo4j home (store files, transaction logs). */
    private static final List<String> PARTS = List.of("data/transactions/neo4j", "data/databases/neo4j");

    private StoreSwap() {
    }

    /** Where a new store is built: a Neo4j home of its own inside the data directory (same file system). */
    public static Path staging(Path home) {
        return home.resolve(STAGING);
    }

    /** True when the data directory holds no default database yet (a fresh {@code rapport.data-dir}). */
    public static boolean hasNoStore(Path home) {
        settle(home);
        return !Files.isDirectory(home.resolve(PARTS.get(1)));
    }

    /** Marks the staging store complete (durably), then moves it into place. */
    public static void commit(Path home) {
        Path staging = staging(home);
        try {
            Path marker = staging.resolve(MARKER);
            Files.deleteIfExists(marker);
            Files.createFile(marker);
            try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            fsyncDirectory(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mark the new store complete in " + staging, e);
        }
        settle(home);
    }

    /**
     * Finishes or undoes an interrupted swap: a staging directory with the marker is moved into place
     * (idempotent: each part replaces what is there and is moved once), one without it is deleted.
     */
    public static void settle(Path home) {
        Path staging = staging(home);
        if (!Files.isDirectory(staging)) {
            return;
        }
        try {
            if (Files.exists(staging.resolve(MARKER))) {
                for (String part : PARTS) {
                    Path from = staging.resolve(part);
                    if (Files.isDirectory(from)) {
                        Path to = home.resolve(part);
                        Files.createDirectories(to.getParent());
                        delete(to);
                        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
                        fsyncDirectory(to.getParent());
                    }
                }
            }
            delete(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot settle the store import in " + staging + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a directory tree (nothing when absent). */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void fsyncDirectory(Path dir) {
        // A rename is durable once its directory is; on file systems that cannot open directories, best effort.
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not supported here (e.g. some platforms): the rename itself is still atomic
        }
    }
}
