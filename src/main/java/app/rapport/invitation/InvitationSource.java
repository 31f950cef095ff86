package app.rapport.invitation;

/** Where the sender pressed "Connect", so analytics can compare suggestions with profile visits. */
public enum InvitationSource {
    /** From "people you may know". */
    SUGGESTION,
    /** From the other member's profile. */
    PROFILE
}
