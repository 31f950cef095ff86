package app.rapport.importer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Where import files come from: a directory on disk, or a classpath folder (the bundled demo data).
 * A name resolves to the plain file, or to {@code name.gz} when only the compressed one exists.
 */
sealed interface RowSource {

    /** The file's bytes, decompressed when needed. */
    InputStream stream(String name) throws IOException;

    /** The file's lines, decompressed when needed. */
    default BufferedReader open(String name) throws IOException {
        return new BufferedReader(new InputStreamReader(stream(name), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The file's size in bytes as stored (compressed, for a .gz), or -1 when unknown; for progress bars. */
    long size(String name);

    /** True when the file (or its .gz) exists. */
    boolean has(String name);

    /** How the file is named in reports: a path a person can open. */
    String describe(String name);

    static RowSource directory(Path dir) {
        return new Directory(dir);
    }

    static RowSource classpath(String folder) {
        return new Classpath(folder.endsWith("/") ? folder : folder + "/");
    }

    static InputStream decompressed(InputStream raw, boolean gzip) throws IOException {
        return gzip ? new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16) : raw;
    }

    record Directory(Path dir) implements RowSource {
        @Override
        public InputStream stream(String name) throws IOException {
            Path plain = dir.resolve(name);
            if (Files.isRegularFile(plain)) {
                return decompressed(Files.newInputStream(plain), name.endsWith(".gz"));
            }
            return decompressed(Files.newInputStream(dir.resolve(name + ".gz")), true);
        }

        @Override
        public long size(String name) {
            try {
                return Files.size(Path.of(describe(name)));
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public boolean has(String name) {
            return Files.isRegularFile(dir.resolve(name)) || Files.isRegularFile(dir.resolve(name + ".gz"));
        }

        @Override
        public String describe(String name) {
            Path plain = dir.resolve(name);
            return (Files.isRegularFile(plain) ? plain : dir.resolve(name + ".gz")).toString();
        }
    }

    record Classpath(String folder) implements RowSource {
        @Override
        public InputStream stream(String name) throws IOException {
            InputStream in = resource(folder + name);
            if (in != null) {
                return decompressed(in, name.endsWith(".gz"));
            }
            in = resource(folder + name + ".gz");
            if (in == null) {
                throw new UncheckedIOException(new IOException("Not on the classpath: " + folder + name));
            }
            return decompressed(in, true);
        }

        @Override
        public long size(String name) {
            return -1;
        }

        @Override
        public boolean has(String name) {
            ClassLoader loader = RowSource.class.getClassLoader();
            return loader.getResource(folder + name) != null || loader.getResource(folder + name + ".gz") != null;
        }

        @Override
        public String describe(String name) {
            return "classpath:" + folder + name;
        }

        private static InputStream resource(String path) {
            return RowSource.class.getClassLoader().getResourceAsStream(path);
        }
    }
}
