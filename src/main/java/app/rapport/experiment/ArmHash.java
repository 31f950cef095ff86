package app.rapport.experiment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The stable hash that assigns members to arms: SHA-256 of {@code experiment name + '\u0000' + member id}
 * (UTF-8), its first 8 bytes as an unsigned number scaled to [0, 1). SHA-256 is in every JDK (no dependency),
 * is the same on every instance and every run, and its output is uniform, so arm shares follow the configured
 * ones; hashing the experiment's name with the id makes assignments of two experiments independent.
 */
final class ArmHash {

    private static final double TWO_TO_64 = 18446744073709551616.0;

    private ArmHash() {
    }

    /** A point in [0, 1) for this member in this experiment. */
    static double unit(String experiment, String memberId) {
        byte[] digest = sha256().digest((experiment + '\u0000' + memberId).getBytes(StandardCharsets.UTF_8));
        long bits = ByteBuffer.wrap(digest, 0, 8).getLong();
        // Unsigned: the top bit counts 2^63, not a sign.
        double unsigned = (bits >>> 1) * 2.0 + (bits & 1);
        return Math.min(unsigned / TWO_TO_64, Math.nextDown(1.0));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
