package app.rapport.security;

/** What a caller may do; carried in the token's {@code roles} claim. */
public enum Role {
    /** Acts only as themself. */
    MEMBER,
    /** Reads analytics and dashboards. */
    ANALYST,
    /** Imports, and writes any profile. */
    ADMIN
}
