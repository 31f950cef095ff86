package app.rapport.note;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.StringSubstitutor;

import app.rapport.member.Interests;

/**
 * Turns a pair's {@link NoteContext} into drafts, one per tone, each within the note limit. A draft is
 * built richest first (three interests, two links, a sentence on what each side gains, a closing) and
 * made leaner step by step until it fits; only if the leanest still does not fit is it cut. No database,
 * no randomness: the same context and limit always give the same drafts.
 */
final class NoteWriter {

    static final List<NoteStyle> NOTE_STYLES = List.of(NoteStyle.FRIENDLY, NoteStyle.PROFESSIONAL, NoteStyle.BRIEF);
    static final int INTEREST_LENGTH = 60;
    static final int ORGANIZATION_LENGTH = 80;
    static final int HEADLINE_LENGTH = 80;

    /** How rich a draft is; the list goes from richest to leanest. */
    private record Plan(int interests, int links, boolean value, boolean closing) {
    }

    private static final List<Plan> PLANS = List.of(new Plan(3, 2, true, true), new Plan(2, 2, true, true),
            new Plan(2, 1, true, true), new Plan(1, 1, true, true), new Plan(1, 1, false, true), new Plan(1, 1, false, false),
            new Plan(1, 0, false, true), new Plan(1, 0, false, false));

    /** A link between the two: the template part naming it and its variables. */
    private record Link(String part, Map<String, String> vars) {
    }

    /** The context cleaned and shortened, ready to fill templates. */
    private record Facts(String first, String sender, List<String> interests, List<Link> links, String topic,
            List<String> profile) {
    }

    private final int limit;

    NoteWriter(int limit) {
        this.limit = limit;
    }

    List<NoteDraft> notes(NoteContext context) {
        Facts facts = facts(context);
        return NOTE_STYLES.stream().map(style -> draft(style, facts)).toList();
    }

    NoteDraft welcome(NoteContext context) {
        return draft(NoteStyle.WELCOME, facts(context));
    }

    private NoteDraft draft(NoteStyle style, Facts facts) {
        String text = null;
        for (Plan plan : PLANS) {
            text = compose(style, facts, plan);
            if (text.length() <= limit) {
                return new NoteDraft(style.tone(), text);
            }
        }
        return new NoteDraft(style.tone(), NoteText.cut(text, limit));
    }

    private String compose(NoteStyle style, Facts facts, Plan plan) {
        Map<String, String> vars = new HashMap<>();
        put(vars, "first", facts.first());
        put(vars, "sender", facts.sender());
        put(vars, "topic", facts.topic());
        List<String> sentences = new ArrayList<>();
        sentences.add(fill(style.template("greeting"), vars));

        List<String> clauses = new ArrayList<>();
        int interests = Math.min(plan.interests(), Math.min(style.maxInterests(), facts.interests().size()));
        if (interests > 0) {
            vars.put("interests", NoteText.and(facts.interests().subList(0, interests)));
            clauses.add(fill(style.template("interests"), vars));
        }
        // A pair linked only by a connection or an organisation always keeps one link, however lean the plan.
        int links = Math.min(Math.max(plan.links(), interests == 0 ? 1 : 0), Math.min(style.maxLinks(), facts.links().size()));
        for (Link link : facts.links().subList(0, links)) {
            clauses.add(fill(style.template(link.part()), link.vars()));
        }
        if (!clauses.isEmpty()) {
            vars.put("shared", NoteText.clauses(clauses));
            sentences.add(fill(style.template("shared"), vars));
        } else if (!facts.profile().isEmpty()) {
            vars.put("facts", NoteText.and(facts.profile()));
            sentences.add(fill(style.template("profile"), vars));
        } else {
            sentences.add(fill(style.template("profile.empty"), vars));
        }
        if (plan.value()) {
            sentences.add(fill(style.template(facts.topic() == null ? "value.general" : "value"), vars));
        }
        if (plan.closing()) {
            sentences.add(fill(style.template(facts.sender() == null ? "closing.unsigned" : "closing"), vars));
        }
        // A shortened name ends a sentence with its ellipsis alone ("…" rather than "….").
        return String.join(" ", sentences).replace(NoteText.ELLIPSIS + ".", NoteText.ELLIPSIS);
    }

    /**
     * Values are taken literally (a "${x}" typed into a profile stays text) and a template naming a
     * variable that has no value fails loudly instead of leaving a placeholder in a note.
     */
    static String fill(String template, Map<String, String> vars) {
        StringSubstitutor substitutor = new StringSubstitutor(vars);
        substitutor.setDisableSubstitutionInValues(true);
        substitutor.setEnableUndefinedVariableException(true);
        return substitutor.replace(template);
    }

    private static Facts facts(NoteContext c) {
        List<String> interests = NoteText.fields(words(c.sharedInterests()), INTEREST_LENGTH, 3);
        List<Link> links = new ArrayList<>();
        List<String> mutuals = NoteText.fields(c.mutuals(), ORGANIZATION_LENGTH, 1);
        if (!mutuals.isEmpty()) {
            boolean several = c.mutualCount() > 1;
            links.add(new Link(several ? "mutuals" : "mutual",
                    Map.of("mutual", mutuals.get(0), "count", Long.toString(c.mutualCount()))));
        }
        NoteText.fields(c.sharedCompanies(), ORGANIZATION_LENGTH, 1).forEach(o -> links.add(new Link("company", Map.of("company", o))));
        NoteText.fields(c.sharedSchools(), ORGANIZATION_LENGTH, 1).forEach(o -> links.add(new Link("school", Map.of("school", o))));
        String city = NoteText.field(c.sharedCity(), ORGANIZATION_LENGTH);
        if (city != null) {
            links.add(new Link("city", Map.of("city", city)));
        }
        List<String> own = NoteText.fields(words(c.interests()), INTEREST_LENGTH, 1);
        String topic = !interests.isEmpty() ? interests.get(0) : own.isEmpty() ? null : own.get(0);
        return new Facts(NoteText.clean(c.firstName()), NoteText.clean(c.senderFirstName()), interests, links, topic,
                profileFacts(c, own));
    }

    /** For pairs that share nothing: what the recipient's own profile says. */
    private static List<String> profileFacts(NoteContext c, List<String> ownInterests) {
        List<String> facts = new ArrayList<>();
        String headline = NoteText.field(c.headline(), HEADLINE_LENGTH);
        String employer = NoteText.field(c.employer(), ORGANIZATION_LENGTH);
        if (headline != null) {
            facts.add(fill("your work as ${headline}", Map.of("headline", headline)));
        } else if (employer != null) {
            facts.add(fill("your work at ${employer}", Map.of("employer", employer)));
        }
        if (!ownInterests.isEmpty()) {
            facts.add(fill("your interest in ${interest}", Map.of("interest", ownInterests.get(0))));
        }
        return facts;
    }

    /** DBpedia-style names as words: "Hamid_Karzai" becomes "Hamid Karzai". */
    private static List<String> words(List<String> interests) {
        return interests.stream().filter(i -> i != null).map(Interests::displayName).toList();
    }

    private static void put(Map<String, String> vars, String name, String value) {
        if (value != null) {
            vars.put(name, value);
        }
    }
}
