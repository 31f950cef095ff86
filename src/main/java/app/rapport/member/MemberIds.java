package app.rapport.member;

/** The shape every member id (and any other business id taken from input) must have. */
public final class MemberIds {

    /** Letters, digits, '_', '-', '.', 1–64 characters, starting with a letter or digit. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}$";

    public static final String MESSAGE = "must be 1-64 letters, digits, '_', '-' or '.', starting with a letter or digit";

    private MemberIds() {
    }

    public static boolean isValid(String id) {
        return id != null && id.matches(PATTERN);
    }
}
