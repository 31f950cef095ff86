package app.rapport.member;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One interest, however it is spelled: "Graph_databases", "graph  databases" and "Graph Databases" share
 * the key "graph databases". The display name keeps the first spelling's case, with words for underscores.
 */
public final class Interests {

    /** Compiled once: bulk imports normalise millions of interest names. */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private Interests() {
    }

    /** The normalised key: NFC, underscores as spaces, runs of blanks collapsed, trimmed, lower case. */
    public static String key(String name) {
        return displayName(name).toLowerCase(Locale.ROOT);
    }

    /** The name as words: "Hamid_Karzai" becomes "Hamid Karzai". */
    public static String displayName(String name) {
        if (isPlainWords(name)) {
            return name;
        }
        String nfc = Normalizer.isNormalized(name, Normalizer.Form.NFC) ? name : Normalizer.normalize(name, Normalizer.Form.NFC);
        return BLANKS.matcher(nfc.replace('_', ' ')).replaceAll(" ").strip();
    }

    /** ASCII words separated by single spaces: already in display form (the common case, checked without a regex). */
    private static boolean isPlainWords(String name) {
        if (name.isEmpty() || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 126 || c < 32 || c == '_' || (c == ' ' && name.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}
