package app.rapport.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads a file line by line with 1-based line numbers; counts lines for progress totals. */
final class Lines {

    /** Receives one line. */
    @FunctionalInterface
    interface Handler {
        void line(long number, String text);
    }

    private Lines() {
    }

    static void forEach(RowSource source, String name, Handler handler) {
        try (BufferedReader reader = source.open(name)) {
            long number = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                handler.line(++number, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source.describe(name) + ": " + e.getMessage(), e);
        }
    }

    static long count(RowSource source, String name) {
        try (BufferedReader reader = source.open(name)) {
            long n = 0;
            while (reader.readLine() != null) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source.describe(name) + ": " + e.getMessage(), e);
        }
    }
}
