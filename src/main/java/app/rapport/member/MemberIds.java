package app.rapport.member;

/** The shape every member id (and any other business id taken from input) must have. */
public final class MemberIds {

    /** Letters, digits, '_', '-', '.', 1–64 characters, starting with a letter or digit. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}$";

    public static final String MESSAGE = "must be 1-64 letters, digits, '_', '-' or '.', starting with a letter or digit";

    private MemberIds() {
    }

    /** {@link #PATTERN}, checked by hand: bulk imports check two ids a row, millions of times. */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > 64 || !letterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!letterOrDigit(c) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** {@link #PATTERN} for an id given as bytes {@code [from, to)} (valid ids are ASCII, so one byte a character). */
    public static boolean isValid(byte[] bytes, int from, int to) {
        if (to - from < 1 || to - from > 64 || !letterOrDigit((char) bytes[from])) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = (char) bytes[i];
            if (!letterOrDigit(c) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
