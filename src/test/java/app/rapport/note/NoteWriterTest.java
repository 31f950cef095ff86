package app.rapport.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The hard strings, without a database: the writer is a pure function of the context and the limit. */
class NoteWriterTest {

    private static final NoteWriter WRITER = new NoteWriter(300);

    static NoteContext context(String first, List<String> shared, List<String> mutuals, long mutualCount,
            List<String> companies, String city, String headline, String employer, List<String> own) {
        return new NoteContext("Ada", first, headline, shared, mutuals, mutualCount, companies, List.of(), city,
                employer, own, false);
    }

    @Test
    void typicalPairNamesRarestInterestsAsWordsTheMutualConnectionAndTheCompany() {
        NoteContext c = context("Jun", List.of("Hamid_Karzai", "Jazz", "Graph_databases", "Chess"), List.of("Ali Khan"), 1,
                List.of("Acme"), null, null, null, List.of());
        List<NoteDraft> drafts = WRITER.notes(c);
        assertThat(drafts).extracting(NoteDraft::tone).containsExactly("friendly", "professional", "brief");
        NoteDraft friendly = drafts.get(0);
        assertThat(friendly.text()).startsWith("Hi Jun!")
                .contains("Hamid Karzai, Jazz and Graph databases").doesNotContain("Chess").doesNotContain("_")
                .contains("Ali Khan").contains("Acme");
        assertThat(drafts.get(1).text()).startsWith("Hello Jun,").endsWith("Best regards, Ada");
        assertThat(drafts.get(2).text()).contains("Hamid Karzai").contains("Ali Khan").doesNotContain("Jazz");
        drafts.forEach(d -> assertClean(d.text(), 300, c));
        assertThat(WRITER.notes(c)).isEqualTo(drafts);
    }

    @Test
    void severalMutualConnectionsAreCountedAndOneIsNamed() {
        NoteContext c = context("Jun", List.of(), List.of("Ali Khan", "Bo Li"), 7, List.of(), null, null, null, List.of());
        assertThat(WRITER.notes(c).get(0).text()).contains("we have 7 mutual connections, including Ali Khan");
    }

    @Test
    void veryLongInterestNamesAreShortenedAtAWordOrDroppedNeverBroken() {
        String longWords = String.join(" ", Collections.nCopies(12, "Supercalifragilistic"));
        String oneHugeWord = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch".repeat(2);
        NoteContext c = context("Jun", List.of(oneHugeWord, longWords, "Jazz"), List.of(), 0, List.of(), null, null, null,
                List.of());
        for (NoteDraft d : WRITER.notes(c)) {
            assertClean(d.text(), 300, c);
            assertThat(d.text()).doesNotContain("Llanfair");
        }
        assertThat(WRITER.notes(c).get(0).text()).contains("Supercalifragilistic Supercalifragilistic").contains("…").contains("Jazz");
    }

    @Test
    void fortySharedInterestsStillFitWithTheRarestNamedAndNoDanglingAnd() {
        List<String> forty = IntStream.rangeClosed(1, 40).mapToObj(i -> "Very_specific_topic_number_" + i).toList();
        NoteContext c = context("Jun", forty, List.of("Ali Khan"), 3, List.of("Acme"), "Malmö", null, null, forty);
        for (int limit : List.of(300, 150, 90, 40)) {
            for (NoteDraft d : new NoteWriter(limit).notes(c)) {
                assertClean(d.text(), limit, c);
            }
        }
        assertThat(WRITER.notes(c).get(0).text()).contains("Very specific topic number 1")
                .doesNotContain("number 4").doesNotContain("number 40");
    }

    @Test
    void emptyProfilesStillGiveAPoliteNoteWithNoEmptyField() {
        NoteContext empty = new NoteContext(null, null, null, List.of(), List.of(), 0, List.of(), List.of(), null, null,
                List.of(), false);
        List<NoteDraft> drafts = WRITER.notes(empty);
        assertThat(drafts.get(0).text()).isEqualTo("Hi there! I came across your profile and would like to add you to my network."
                + " I think we could help each other out. Let's connect!");
        assertThat(drafts.get(1).text()).endsWith("I would be glad to connect.");
        drafts.forEach(d -> assertClean(d.text(), 300, empty));
        assertClean(WRITER.welcome(empty).text(), 300, empty);
    }

    @Test
    void noSharedFactsFallsBackToTheRecipientsProfile() {
        NoteContext c = context("Jun", List.of(), List.of(), 0, List.of(), null, null, "Neo Corp", List.of("Bossa_nova"));
        assertThat(WRITER.notes(c).get(0).text())
                .isEqualTo("Hi Jun! I came across your profile and liked your work at Neo Corp and your interest in Bossa nova."
                        + " I'd love to trade notes on Bossa nova - I think we'd both get something out of it. Let's connect!");
        NoteContext headline = context("Jun", List.of(), List.of(), 0, List.of(), null, "Data engineer", "Neo Corp", List.of());
        assertThat(WRITER.notes(headline).get(1).text()).contains("your work as Data engineer").doesNotContain("Neo Corp");
    }

    @Test
    void unicodeApostrophesAndNonLatinScriptsStayIntact() {
        NoteContext c = new NoteContext("Zoë", "D'Arcy", null, List.of("Café_au_lait", "Łódź"),
                List.of("王小明"), 1, List.of("Société Générale"), List.of("Uniwersytet Łódzki"), "Kraków", null, List.of(), false);
        List<NoteDraft> drafts = WRITER.notes(c);
        assertThat(drafts.get(0).text()).startsWith("Hi D'Arcy!").contains("Café au lait and Łódź").contains("王小明");
        assertThat(drafts.get(1).text()).endsWith("Best regards, Zoë");
        NoteContext arabic = context("محمد", List.of("الشعر"), List.of(), 0, List.of(), null, null, null, List.of());
        assertThat(WRITER.notes(arabic).get(0).text()).startsWith("Hi محمد!").contains("الشعر");
        drafts.forEach(d -> assertClean(d.text(), 300, c));
    }

    @Test
    void markupAndPlaceholdersInProfilesAreKeptAsTextAndEscapedForHtml() {
        NoteContext c = context("<b>Jun</b>", List.of(), List.of(), 0, List.of(), null,
                "<script>alert('x')</script> & ${first}", null, List.of());
        NoteDraft draft = WRITER.notes(c).get(0);
        assertThat(draft.text()).startsWith("Hi <b>Jun</b>!").contains("<script>alert('x')</script> & ${first}");
        assertThat(draft.html()).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; ${first}").startsWith("Hi &lt;b&gt;Jun&lt;/b&gt;!");
    }

    @Test
    void welcomeUsesTheSameFacts() {
        NoteContext c = context("Jun", List.of("Hamid_Karzai"), List.of("Ali Khan"), 1, List.of(), null, null, null, List.of());
        assertThat(WRITER.welcome(c).text()).isEqualTo("Hi Jun, thanks for connecting! Good to see that we share an interest in"
                + " Hamid Karzai, and we both know Ali Khan. I'd enjoy hearing your thoughts on Hamid Karzai, and if I can help"
                + " with anything, just ask. Talk soon, Ada");
        assertThat(WRITER.welcome(c).tone()).isEqualTo("welcome");
    }

    @Test
    void tinyLimitsCutAtWordsWithoutDanglingWords() {
        NoteContext c = context("Jun", List.of("Hamid_Karzai", "Jazz"), List.of("Ali Khan"), 1, List.of("Acme"), null, null,
                null, List.of());
        for (int limit = 12; limit <= 300; limit += 7) {
            for (NoteDraft d : new NoteWriter(limit).notes(c)) {
                assertClean(d.text(), limit, c);
            }
        }
    }

    /** Within the limit, nothing unfilled or empty, nothing dangling, every word whole. */
    static void assertClean(String text, int limit, NoteContext c) {
        assertThat(text).isNotBlank().hasSizeLessThanOrEqualTo(limit).doesNotContain("  ").doesNotContain(" ,")
                .doesNotContain(" .").doesNotContain("Hi ,").doesNotContain("Hi !").doesNotContain(", ,").doesNotContain("null");
        if (!text.contains("${first}")) {
            assertThat(text).doesNotContain("${");
        }
        assertThat(text).doesNotMatch("(?is).*\\b(and|or|with|of|the|to|in|at)[,.…]?$").doesNotMatch("(?s).*[,;:&]$");
        Set<String> known = knownWords(c);
        for (String token : text.split(" ")) {
            String word = token.replaceAll("^[\"(]+|[.,!?…\"):]+$", "");
            if (!word.isEmpty()) {
                assertThat(known).as("word '%s' in: %s", word, text).contains(word);
            }
        }
    }

    private static Set<String> knownWords(NoteContext c) {
        List<String> sources = new ArrayList<>();
        for (NoteStyle s : List.of(NoteStyle.FRIENDLY, NoteStyle.PROFESSIONAL, NoteStyle.BRIEF, NoteStyle.WELCOME)) {
            sources.addAll(s.templates().values());
        }
        sources.addAll(List.of("your work as your work at your interest in there", Long.toString(c.mutualCount())));
        for (String f : new String[] {c.senderFirstName(), c.firstName(), c.headline(), c.sharedCity(), c.employer()}) {
            if (f != null) {
                sources.add(f);
            }
        }
        sources.addAll(c.sharedInterests());
        sources.addAll(c.interests());
        sources.addAll(c.mutuals());
        sources.addAll(c.sharedCompanies());
        sources.addAll(c.sharedSchools());
        Set<String> words = new HashSet<>();
        for (String s : sources) {
            for (String w : s.replace('_', ' ').replaceAll("\\$\\{(\\w+)(:-)?", " ").replace("}", " ").split("\\s+")) {
                words.add(w.replaceAll("^[\"(]+|[.,!?…\"):]+$", ""));
            }
        }
        return words;
    }
}
