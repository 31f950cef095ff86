package app.rapport.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.rapport.importer.Importers;
import app.rapport.member.Interests;
import app.rapport.support.IntegrationTest;

/**
 * Property-style check over a seeded sample of pairs of the LDBC demo data (connected pairs, friends of
 * friends, strangers): every draft of every tone, and the welcome draft of connected pairs, is within the
 * limit, fully filled, and mentions what the pair really shares.
 */
class DemoDraftPropertyTest extends IntegrationTest {

    private static final int LIMIT = 300;

    @Autowired
    Importers importers;

    @Autowired
    NoteDrafts noteDrafts;

    @Test
    void everyDraftOfASampleOfDemoPairsFitsIsFilledAndMentionsWhatThePairShares() {
        long start = System.nanoTime();
        importers.demo();
        long imported = System.nanoTime();
        DemoGraph graph = new DemoGraph(driver);
        List<String[]> pairs = graph.samplePairs(20261125L, 250, 3);
        assertThat(pairs).hasSizeGreaterThan(1800);

        int withInterests = 0;
        int withMutuals = 0;
        int withPlaces = 0;
        int strangers = 0;
        int connectedPairs = 0;
        Map<String, String> friendlyBySenderAndText = new HashMap<>();
        for (String[] pair : pairs) {
            String from = pair[0];
            String to = pair[1];
            List<NoteDraft> drafts = noteDrafts.drafts(from, to);
            assertThat(drafts).extracting(NoteDraft::tone).containsExactly("friendly", "professional", "brief");
            Set<String> interests = graph.shared(graph.interests, from, to);
            Set<String> mutuals = graph.shared(graph.neighbours, from, to);
            Set<String> places = graph.shared(graph.places, from, to);
            withInterests += interests.isEmpty() ? 0 : 1;
            withMutuals += mutuals.isEmpty() ? 0 : 1;
            withPlaces += places.isEmpty() ? 0 : 1;
            strangers += interests.isEmpty() && mutuals.isEmpty() && places.isEmpty() ? 1 : 0;
            String first = graph.firstNames.get(to);
            for (NoteDraft d : drafts) {
                String text = d.text();
                assertThat(text).as(pairText(pair, d)).hasSizeLessThanOrEqualTo(LIMIT).doesNotContain("${").doesNotContain("}")
                        .doesNotContain("Hi ,").doesNotContain("Hello ,").doesNotContain(" ,").doesNotContain("  ")
                        .doesNotContain("null").doesNotContain("_").doesNotMatch("(?s).*\\b(and|or|with|in)[,.…]?$")
                        .contains(first);
                if (!interests.isEmpty()) {
                    assertThat(interests.stream().anyMatch(i -> mentions(text, i))).as("shared interest in " + pairText(pair, d)).isTrue();
                }
                if (!mutuals.isEmpty()) {
                    assertThat(mutuals.stream().anyMatch(m -> text.contains(graph.fullNames.get(m))))
                            .as("mutual connection in " + pairText(pair, d)).isTrue();
                } else if (!places.isEmpty()) {
                    assertThat(places.stream().anyMatch(p -> mentions(text, p))).as("shared organisation in " + pairText(pair, d)).isTrue();
                }
            }
            // Different recipients of one sender get different drafts.
            String previous = friendlyBySenderAndText.put(from + "\n" + drafts.get(0).text(), to);
            assertThat(previous).as("same draft for %s and %s from %s", previous, to, from).isNull();
            // Welcome drafts for every fourth connected pair: the same building blocks, in less time.
            if (graph.neighbours(from).contains(to) && connectedPairs++ % 4 == 0) {
                String welcome = noteDrafts.welcome(from, to).text();
                assertThat(welcome).hasSizeLessThanOrEqualTo(LIMIT).doesNotContain("${").contains(first);
            }
        }
        System.out.printf("%d pairs (%d sharing interests, %d with mutuals, %d sharing a place, %d sharing nothing),"
                + " %d connectedPairs; import %.1f s, drafts %.1f s%n", pairs.size(), withInterests, withMutuals, withPlaces,
                strangers, connectedPairs, (imported - start) / 1e9, (System.nanoTime() - imported) / 1e9);
        // The sample really covers every kind of pair.
        assertThat(withInterests).isGreaterThan(300);
        assertThat(withMutuals).isGreaterThan(300);
        assertThat(withPlaces).isGreaterThan(30);
        assertThat(strangers).isGreaterThan(30);
        assertThat(connectedPairs).isGreaterThan(400);
    }

    /** The name as words, or its shortened form when it is too long to show whole. */
    private static boolean mentions(String text, String name) {
        String words = Interests.displayName(name);
        String shown = NoteText.field(words, NoteWriter.INTEREST_LENGTH);
        return text.contains(words) || (shown != null && text.contains(shown));
    }

    private static String pairText(String[] pair, NoteDraft d) {
        return pair[0] + " -> " + pair[1] + " (" + d.tone() + "): " + d.text();
    }
}
