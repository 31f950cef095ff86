package app.rapport.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * An edge list and its optional interest file, read once for either import path: the edge file on the
 * calling thread and the interest file on a second one, both as bytes ({@link ConnectionReader},
 * {@link InterestReader}); then the interest file's members are numbered after the edge file's. Holds the
 * valid rows in file order (the incremental path writes them as they are) and the reports.
 */
final class EdgeData {

    final ZonedDateTime now;
    final IdTable members;
    /** Members the edge file names (the "members" report); the interest file may add more after them. */
    final int edgeMembers;
    final IntArrayList from;
    final IntArrayList to;
    /** Interest rows: member and interest numbers; null without an interest file. */
    final IntArrayList interestMember;
    final IntArrayList interest;
    final List<String> interestKeys;
    final List<String> interestNames;
    final ImportReport memberReport;
    final ImportReport connectionReport;
    final ImportReport interestReport;

    private EdgeData(ZonedDateTime now, ConnectionReader edges, InterestReader interests, ImportReport memberReport) {
        this.now = now;
        this.members = edges.members;
        this.edgeMembers = edges.members.size();
        this.from = edges.from;
        this.to = edges.to;
        this.memberReport = memberReport;
        this.connectionReport = edges.report;
        if (interests == null) {
            this.interestMember = null;
            this.interest = null;
            this.interestKeys = List.of();
            this.interestNames = List.of();
            this.interestReport = null;
        } else {
            int[] global = new int[interests.members.size()];
            for (int i = 0; i < global.length; i++) {
                global[i] = members.intern(interests.members, i);
            }
            IntArrayList member = interests.member;
            for (int i = 0; i < member.size(); i++) {
                member.set(i, global[member.get(i)]);
            }
            this.interestMember = member;
            this.interest = interests.interest;
            this.interestKeys = interests.keys;
            this.interestNames = interests.names;
            this.interestReport = interests.report;
        }
    }

    /** Reads the files; the reading shows as one bar over the bytes of both. */
    static EdgeData read(EdgeFiles files, Progress.Factory progress, ZonedDateTime now) {
        long start = System.nanoTime();
        ConnectionReader edges = new ConnectionReader(new ImportReport("connections", files.edgeDir().describe(files.edgeFile())));
        InterestReader interests = files.interestFile() == null ? null
                : new InterestReader(new ImportReport("interests", files.interestDir().describe(files.interestFile())));
        long bytes = files.edgeDir().size(files.edgeFile()) + (interests == null ? 0 : files.interestDir().size(files.interestFile()));
        try (Progress bar = progress.bytes("reading", bytes)) {
            CompletableFuture<Void> second = interests == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> read(files.interestDir(), files.interestFile(), bar, interests),
                            r -> new Thread(r, "import-read-interests").start());
            read(files.edgeDir(), files.edgeFile(), bar, edges);
            join(second);
        }
        ImportReport memberReport = new ImportReport("members", files.edgeDir().describe(files.edgeFile()));
        memberReport.read(edges.members.size());
        long took = System.nanoTime() - start;
        memberReport.took(took);
        edges.report.took(took);
        if (interests != null) {
            interests.report.took(took);
        }
        return new EdgeData(now, edges, interests, memberReport);
    }

    private static void read(RowSource source, String file, Progress bar, ByteLines.Handler reader) {
        try {
            ByteLines.forEach(source.stream(file), source.describe(file), bar, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source.describe(file) + ": " + e.getMessage(), e);
        }
    }

    private static void join(CompletableFuture<Void> task) {
        try {
            task.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The connections as MERGE leaves them: one per pair of members, in the direction first seen (a later
     * {@code b,a} or repeated {@code a,b} adds nothing), in file order; each packed as {@link #first} and
     * {@link #second}. Both paths write these.
     */
    LongArrayList distinctPairs() {
        LongHashSet seen = new LongHashSet(from.size());
        LongArrayList pairs = new LongArrayList(from.size());
        for (int i = 0; i < from.size(); i++) {
            int a = from.get(i);
            int b = to.get(i);
            if (seen.add(pack(Math.min(a, b), Math.max(a, b)))) {
                pairs.add(pack(a, b));
            }
        }
        return pairs;
    }

    static long pack(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFF_FFFFL);
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }

    /** The reports, in the order the summary lists them. */
    List<ImportReport> reports() {
        return interestReport == null ? List.of(memberReport, connectionReport)
                : List.of(memberReport, connectionReport, interestReport);
    }
}
