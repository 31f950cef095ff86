package app.rapport.experiment;

/**
 * A member's arm in a running experiment.
 *
 * @param experiment the experiment's name
 * @param arm        the arm's name (a ranker or a note tone)
 */
public record Assignment(String experiment, String arm) {

    /** {@code experiment=arm}, as invitations store it ({@code Invitation.experimentArms}). */
    public String label() {
        return experiment + "=" + arm;
    }
}
