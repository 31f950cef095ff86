package app.rapport.tools.simulation;

import app.rapport.note.NoteKind;

/**
 * How likely a recipient is to accept an invitation: the simulation's outcome model. The default
 * ({@link #OBSERVABLE}) uses only what the service sees (mutual connections, shared interests, the note); the
 * learning loop uses {@link HiddenTruth}, which also knows who is truly likely to connect.
 */
interface AcceptanceModel {

    /** {@link SimulationPlan#acceptance}: mutual connections, shared interests and the note (its kind and tone). */
    AcceptanceModel OBSERVABLE = (from, to, mutuals, sharedInterests, note, tone) ->
            SimulationPlan.acceptance(mutuals, sharedInterests, note, tone);

    /**
     * @param mutuals         mutual connections when the invitation was sent
     * @param sharedInterests shared interests the suggestion showed (0 for an invitation from a profile)
     * @param tone            the tone of the draft the note was made from (DRAFTED, EDITED), else null
     */
    double probability(String from, String to, int mutuals, int sharedInterests, NoteKind note, String tone);
}
