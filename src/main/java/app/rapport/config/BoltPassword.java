package app.rapport.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of user {@code neo4j} on the embedded database. Set with {@code rapport.bolt-password}, or made on
 * first start and kept in {@code <rapport.data-dir>/bolt-password} (owner-only, like the JWT key), so the service,
 * every command on the same data dir and an operator's Neo4j tools share it. With {@code rapport.bolt-port=-1} it
 * is made afresh for each start and never written: nothing outside the process can log in.
 */
final class BoltPassword {

    static final String FILE_NAME = "bolt-password";
    static final String USER = "neo4j";

    private BoltPassword() {
    }

    static String resolve(RapportProperties properties) {
        if (properties.boltPort() < 0) {
            return random();
        }
        if (properties.boltPassword() != null && !properties.boltPassword().isBlank()) {
            return properties.boltPassword();
        }
        return loadOrCreate(properties.dataDir().toAbsolutePath().normalize().resolve(FILE_NAME));
    }

    private static synchronized String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (stored.length() < 8) {
                    throw new EmbeddedNeo4jException(file + " holds no usable password (at least 8 characters); "
                            + "delete it to have one generated, or set rapport.bolt-password");
                }
                return stored;
            }
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".bolt-password", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the data dir's own permissions apply
            }
            Files.writeString(tmp, random() + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                Files.deleteIfExists(tmp);
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the Bolt password " + file, e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
