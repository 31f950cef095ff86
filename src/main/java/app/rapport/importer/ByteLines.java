package app.rapport.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Reads a file as lines of bytes, with 1-based line numbers, split where {@link java.io.BufferedReader#readLine}
 * splits ({@code \n}, {@code \r} or {@code \r\n}): the bulk readers look at the bytes of each line without
 * decoding them into Strings, and decode only the lines that need it, so reports name the same line numbers.
 */
final class ByteLines {

    /** Receives one line: {@code bytes[from, to)}, without its terminator. */
    @FunctionalInterface
    interface Handler {
        void line(long number, byte[] bytes, int from, int to);
    }

    private ByteLines() {
    }

    /**
     * Calls {@code handler} for each line of {@code in} (closed afterwards); {@code progress} gets the bytes read.
     */
    static void forEach(InputStream in, String name, Progress progress, Handler handler) {
        byte[] buf = new byte[1 << 20];
        int filled = 0;
        long number = 0;
        boolean skipLf = false;
        try (in) {
            while (true) {
                int read = in.read(buf, filled, buf.length - filled);
                if (read < 0) {
                    break;
                }
                progress.step(read);
                filled += read;
                int start = 0;
                for (int i = 0; i < filled; i++) {
                    byte b = buf[i];
                    if (b == '\n' || b == '\r') {
                        if (skipLf && b == '\n' && i == start) {
                            // The \n of a \r\n whose \r ended the previous line.
                            skipLf = false;
                            start = i + 1;
                            continue;
                        }
                        handler.line(++number, buf, start, i);
                        skipLf = b == '\r';
                        start = i + 1;
                    } else {
                        skipLf = false;
                    }
                }
                // Keep the unfinished last line; grow the buffer when one line fills it.
                filled -= start;
                System.arraycopy(buf, start, buf, 0, filled);
                if (filled == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
            }
            if (filled > 0) {
                handler.line(++number, buf, 0, filled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
