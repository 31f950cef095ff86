package app.rapport.experiment;

import java.util.List;

/** What an experiment varies, and the arm names it knows. */
public enum ExperimentKind {
    /** Which ranker serves a member's suggestions. */
    RANKER(List.of("formula", "learned")),
    /** Which note-draft tone is offered first. */
    NOTE_TONE(List.of("friendly", "professional", "brief"));

    private final List<String> arms;

    ExperimentKind(List<String> arms) {
        this.arms = arms;
    }

    /** The arm names an experiment of this kind may use. */
    public List<String> arms() {
        return arms;
    }
}
