package app.rapport.invitation;

/** Where an invitation is in its lifecycle; every state but PENDING is final. */
public enum InvitationStatus {
    /** Sent, not answered yet. */
    PENDING,
    /** The recipient accepted; the two members are connected. */
    ACCEPTED,
    /** The recipient declined; the sender is never told and may not invite them again. */
    IGNORED,
    /** The sender took it back; the same invitation is blocked for the withdrawal cool-down. */
    WITHDRAWN
}
