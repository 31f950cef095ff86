package app.rapport.note;

import java.util.Map;

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

    static final NoteStyle FRIENDLY = new NoteStyle("friendly", 3, 2, Map.ofEntries(
            Map.entry("greeting", "Hi ${first:-there}!"),
            Map.entry("shared", "Looks like ${shared}."),
            Map.entry("interests", "we're both into ${interests}"),
            Map.entry("mutual", "we both know ${mutual}"),
            Map.entry("mutuals", "we have ${count} mutual connections, including ${mutual}"),
            Map.entry("company", "we've both worked at ${company}"),
            Map.entry("school", "we both studied at ${school}"),
            Map.entry("city", "we're both in ${city}"),
            Map.entry("profile", "I came across your profile and liked ${facts}."),
            Map.entry("profile.empty", "I came across your profile and would like to add you to my network."),
            Map.entry("value", "I'd love to trade notes on ${topic} - I think we'd both get something out of it."),
            Map.entry("value.general", "I think we could help each other out."),
            Map.entry("closing", "Let's connect!"),
            Map.entry("closing.unsigned", "Let's connect!")));

    static final NoteStyle PROFESSIONAL = new NoteStyle("professional", 3, 2, Map.ofEntries(
            Map.entry("greeting", "Hello ${first:-there},"),
            Map.entry("shared", "I noticed that ${shared}."),
            Map.entry("interests", "we share an interest in ${interests}"),
            Map.entry("mutual", "we are both connected to ${mutual}"),
            Map.entry("mutuals", "we have ${count} mutual connections, including ${mutual}"),
            Map.entry("company", "we have both worked at ${company}"),
            Map.entry("school", "we both studied at ${school}"),
            Map.entry("city", "we are both based in ${city}"),
            Map.entry("profile", "I came across your profile and was interested in ${facts}."),
            Map.entry("profile.empty", "I came across your profile and would like to add you to my professional network."),
            Map.entry("value", "I believe we could exchange useful perspectives on ${topic}, to our mutual benefit."),
            Map.entry("value.general", "I believe connecting would benefit us both."),
            Map.entry("closing", "I would be glad to connect. Best regards, ${sender}"),
            Map.entry("closing.unsigned", "I would be glad to connect.")));

    static final NoteStyle BRIEF = new NoteStyle("brief", 1, 1, Map.ofEntries(
            Map.entry("greeting", "Hi ${first:-there},"),
            Map.entry("shared", "${shared}."),
            Map.entry("interests", "we share an interest in ${interests}"),
            Map.entry("mutual", "we both know ${mutual}"),
            Map.entry("mutuals", "we both know ${mutual}"),
            Map.entry("company", "we've both worked at ${company}"),
            Map.entry("school", "we both studied at ${school}"),
            Map.entry("city", "we're both in ${city}"),
            Map.entry("profile", "I enjoyed reading about ${facts}."),
            Map.entry("profile.empty", "I'd like to add you to my network."),
            Map.entry("value", "We could learn from each other."),
            Map.entry("value.general", "We could learn from each other."),
            Map.entry("closing", "Let's connect!"),
            Map.entry("closing.unsigned", "Let's connect!")));

    /** The message the accepter may send after accepting (design.md §5, step 6). */
    static final NoteStyle WELCOME = new NoteStyle("welcome", 2, 1, Map.ofEntries(
            Map.entry("greeting", "Hi ${first:-there}, thanks for connecting!"),
            Map.entry("shared", "Good to see that ${shared}."),
            Map.entry("interests", "we share an interest in ${interests}"),
            Map.entry("mutual", "we both know ${mutual}"),
            Map.entry("mutuals", "we have ${count} mutual connections, including ${mutual}"),
            Map.entry("company", "we've both worked at ${company}"),
            Map.entry("school", "we both studied at ${school}"),
            Map.entry("city", "we're both in ${city}"),
            Map.entry("profile", "I enjoyed reading about ${facts}."),
            Map.entry("profile.empty", "Glad to have you in my network."),
            Map.entry("value", "I'd enjoy hearing your thoughts on ${topic}, and if I can help with anything, just ask."),
            Map.entry("value.general", "If I can help with anything, just ask - and I'd love to hear what you're working on."),
            Map.entry("closing", "Talk soon, ${sender}"),
            Map.entry("closing.unsigned", "Talk soon!")));
}
