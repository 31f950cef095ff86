package app.rapport.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the query texts kept in {@code cypher/queries/*.cypher} (packaged on the classpath), so the
 * code and the notebooks share one copy of each query. Queries take parameters only.
 */
public final class Cypher {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Cypher() {
    }

    /** The text of {@code cypher/queries/<name>.cypher}; fails fast when it is missing. */
    public static String query(String name) {
        return CACHE.computeIfAbsent(name, Cypher::read);
    }

    private static String read(String name) {
        String path = "cypher/queries/" + name + ".cypher";
        try (InputStream in = Cypher.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing query file on the classpath: " + path);
            }
            return stripComments(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripComments(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.stripLeading().startsWith("//")) {
                out.append(line).append('\n');
            }
        }
        return out.toString().trim();
    }
}
