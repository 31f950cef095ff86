package app.rapport.invitation;

/**
 * Why two members might want to connect: the one list of reason codes behind a suggestion's
 * {@code reasons}, a relationship's {@code reasonCodes} and an invitation's {@code suggestionReasons}. In JSON
 * and in the graph each is its name. It lives here, not in {@code suggestion}, because suggestions already
 * depend on invitations (for the pair rules) and not the other way round.
 */
public enum ReasonCode {
    MUTUAL_CONNECTIONS,
    SHARED_INTERESTS,
    SAME_COMPANY,
    SAME_SCHOOL,
    SAME_CITY
}
