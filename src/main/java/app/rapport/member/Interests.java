package app.rapport.member;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One interest, however it is spelled: "Graph_databases", "graph  databases" and "Graph Databases" share
 * the key "graph databases". The display name keeps the first spelling's case, with words for underscores.
 */
public final class Interests {

    private Interests() {
    }

    /** The normalised key: NFC, underscores as spaces, runs of blanks collapsed, trimmed, lower case. */
    public static String key(String name) {
        return displayName(name).toLowerCase(Locale.ROOT);
    }

    /** The name as words: "Hamid_Karzai" becomes "Hamid Karzai". */
    public static String displayName(String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        return nfc.replace('_', ' ').replaceAll("\\s+", " ").strip();
    }
}
