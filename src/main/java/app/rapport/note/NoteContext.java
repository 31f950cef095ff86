package app.rapport.note;

import java.util.List;

/**
 * What the graph says about a pair, as a draft needs it: raw profile text, not yet cleaned or shortened.
 *
 * @param senderFirstName  the writer's first name (signs the professional and welcome drafts), may be null
 * @param firstName        the recipient's first name, may be null (edge-list imports have no names)
 * @param headline         the recipient's headline, may be null
 * @param sharedInterests  interests both have, rarest first (fewest members interested)
 * @param mutuals          up to three mutual connections by name
 * @param mutualCount      how many mutual connections there are in all
 * @param sharedCompanies  companies both have worked at
 * @param sharedSchools    schools both studied at
 * @param sharedCity       the place both live in, or null
 * @param employer         the recipient's current (else latest) employer, or null
 * @param interests        the recipient's own interests, rarest first
 * @param connected        whether the two are connected already
 */
record NoteContext(
        String senderFirstName,
        String firstName,
        String headline,
        List<String> sharedInterests,
        List<String> mutuals,
        long mutualCount,
        List<String> sharedCompanies,
        List<String> sharedSchools,
        String sharedCity,
        String employer,
        List<String> interests,
        boolean connected) {

    NoteContext {
        sharedInterests = List.copyOf(sharedInterests);
        mutuals = List.copyOf(mutuals);
        sharedCompanies = List.copyOf(sharedCompanies);
        sharedSchools = List.copyOf(sharedSchools);
        interests = List.copyOf(interests);
    }
}
