package app.rapport.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import app.rapport.invitation.ReasonCode;

/** How {@code /api/analytics/acceptance} splits invitations ({@code by=…}). */
enum AcceptanceSplit {
    /** No split: only the overall figures. */
    NONE(List.of()),
    /** Note kind at sending: NONE, DRAFTED, EDITED, OWN. */
    NOTE(List.of("NONE", "DRAFTED", "EDITED", "OWN")),
    /** Where the invitation was sent from: SUGGESTION or PROFILE. */
    SOURCE(List.of("SUGGESTION", "PROFILE")),
    /** Each suggestion reason the invitation carried (one invitation counts under each); NONE without reasons. */
    REASON(Stream.concat(Arrays.stream(ReasonCode.values()).map(ReasonCode::name), Stream.of("NONE")).toList()),
    /** Mutual connections at sending time: 0, 1, 2-4, 5+. */
    MUTUALS(List.of("0", "1", "2-4", "5+")),
    /** ISO week of sending, labelled by its Monday. */
    COHORT(List.of()),
    /** Per sender, the top senders by invitations sent. */
    SENDER(List.of());

    /** Groups always listed (with zero counts when empty), so a chart's categories do not jump. */
    final List<String> fixedGroups;

    AcceptanceSplit(List<String> fixedGroups) {
        this.fixedGroups = fixedGroups;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AcceptanceSplit parse(String by) {
        if (by == null || by.isBlank()) {
            return NONE;
        }
        for (AcceptanceSplit split : values()) {
            if (split != NONE && split.key().equals(by.strip().toLowerCase(Locale.ROOT))) {
                return split;
            }
        }
        throw new InvalidWindowException("by", "must be one of note, source, reason, mutuals, cohort, sender");
    }
}
