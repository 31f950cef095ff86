package app.rapport.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import app.rapport.config.RapportProperties;

/**
 * The RSA key that signs and checks tokens when no external identity provider is configured. It is made
 * on first start and kept in {@code rapport.data-dir/jwt-signing-key.json} (owner-only), so tokens stay
 * valid across restarts and the {@code token} command signs with the same key as the service.
 */
public final class LocalSigningKey {

    static final String FILE_NAME = "jwt-signing-key.json";

    private final RSAKey key;

    public LocalSigningKey(RapportProperties properties) {
        this.key = loadOrCreate(properties.dataDir().resolve(FILE_NAME));
    }

    RSAKey key() {
        return key;
    }

    private static synchronized RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            RSAKey created = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".jwt-key", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the data dir's own permissions apply
            }
            Files.writeString(tmp, created.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                Files.deleteIfExists(tmp);
            }
            return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The signing key " + file + " is unreadable: " + e.getMessage(), e);
        }
    }
}
