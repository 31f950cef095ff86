package app.rapport.note;

/** What an invitation's note was, so analytics can compare acceptance by note kind. */
public enum NoteKind {
    /** No note. */
    NONE,
    /** One of the offered drafts, sent as is. */
    DRAFTED,
    /** A draft the sender edited. */
    EDITED,
    /** Written from scratch. */
    OWN
}
