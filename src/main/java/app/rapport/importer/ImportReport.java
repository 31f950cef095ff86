package app.rapport.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one import did to one file: rows read, rows written, rows skipped as malformed (with file and
 * line), in how long.
 */
public final class ImportReport {

    static final int MAX_LISTED = 50;

    private final String what;
    private final String file;
    private long read;
    private long imported;
    private long skipped;
    private final List<String> problems = new ArrayList<>();
    private long nanos;

    ImportReport(String what, String file) {
        this.what = what;
        this.file = file;
    }

    void read() {
        read++;
    }

    void read(long rows) {
        read += rows;
    }

    /** Called by the writer threads of a parallel import, hence synchronised. */
    synchronized void imported(long rows) {
        imported += rows;
    }

    void skip(long line, String reason) {
        skipped++;
        if (problems.size() < MAX_LISTED) {
            problems.add(file + ":" + line + ": " + reason);
        }
    }

    void took(long nanos) {
        this.nanos = nanos;
    }

    public String what() {
        return what;
    }

    String file() {
        return file;
    }

    public long rowsRead() {
        return read;
    }

    public synchronized long imported() {
        return imported;
    }

    public long skipped() {
        return skipped;
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    long nanos() {
        return nanos;
    }

    double seconds() {
        return nanos / 1e9;
    }

    public double rowsPerSecond() {
        return nanos == 0 ? 0 : read / seconds();
    }

    @Override
    public String toString() {
        return "%-22s %,10d imported %,6d skipped  %,9.0f rows/s  (%s)".formatted(what, imported, skipped, rowsPerSecond(), file);
    }
}
