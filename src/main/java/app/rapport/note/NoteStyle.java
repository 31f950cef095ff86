package app.rapport.note;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * One tone of draft as {@code StringSubstitutor} templates. Variables: {@code first} (recipient's first
 * name; templates give a default for when there is none), {@code sender}, {@code shared} (clauses joined),
 * {@code interests} (a list with "and"), {@code topic} (the rarest interest), {@code mutual},
 * {@code count}, {@code company}, {@code school}, {@code city}, {@code facts} (what the recipient's
 * profile says, for pairs that share nothing).
 *
 * @param tone         the tone's name in the API
 * @param maxInterests shared interests named at most
 * @param maxLinks     links (mutual connection, company, school, city) named at most
 * @param templates    template per part; a ".unsigned" part is used when the sender has no name
 */
record NoteStyle(String tone, int maxInterests, int maxLinks, Map<String, String> templates) {

    String template(String part) {
        String template = templates.get(part);
        if (template == null) {
            throw new IllegalStateException("Style " + tone + " has no template for " + part);
        }
        return template;
    }

    static final NoteStyle FRIENDLY = load("friendly");
    static final NoteStyle PROFESSIONAL = load("professional");
    static final NoteStyle BRIEF = load("brief");
    /** The message the accepter may send after accepting (design.md §5, step 6). */
    static final NoteStyle WELCOME = load("welcome");

    /** The texts live in {@code notes/styles.properties}, so wording is edited without touching code. */
    private static NoteStyle load(String tone) {
        Properties texts = new Properties();
        InputStream raw = NoteStyle.class.getResourceAsStream("/notes/styles.properties");
        if (raw == null) {
            throw new IllegalStateException("notes/styles.properties is missing from the classpath");
        }
        try (Reader in = new InputStreamReader(raw, StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> templates = new HashMap<>();
        texts.stringPropertyNames().stream().filter(k -> k.startsWith(tone + "."))
                .forEach(k -> templates.put(k.substring(tone.length() + 1), texts.getProperty(k)));
        return new NoteStyle(tone, Integer.parseInt(templates.remove("maxInterests")), Integer.parseInt(templates.remove("maxLinks")),
                Map.copyOf(templates));
    }
}
