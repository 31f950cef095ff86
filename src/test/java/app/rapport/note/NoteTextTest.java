package app.rapport.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NoteTextTest {

    private static final List<String> WORDS = List.of("Hi", "Zoë", "D'Arcy", "and", "with", "Łódź", "王小明", "محمد",
            "Supercalifragilisticexpialidocious", "we", "share", "an", "interest", "in", "Hamid", "Karzai,", "Jazz.", "Let's",
            "connect!", "😀", "the", "of");

    @Test
    void listsReadAsEnglish() {
        assertThat(NoteText.and(List.of())).isEmpty();
        assertThat(NoteText.and(List.of("Java"))).isEqualTo("Java");
        assertThat(NoteText.and(List.of("Java", "climbing"))).isEqualTo("Java and climbing");
        assertThat(NoteText.and(List.of("graph databases", "Java", "climbing"))).isEqualTo("graph databases, Java and climbing");
        assertThat(NoteText.clauses(List.of("we know X", "we like A and B"))).isEqualTo("we know X, and we like A and B");
    }

    @Test
    void fieldsAreCleanedAndShortenedAtAWordOrDropped() {
        assertThat(NoteText.clean("  Zoe\u0308\t\n O'Brien\u0000 ")).isEqualTo("Zoë O'Brien");
        assertThat(NoteText.clean(" \t ")).isNull();
        assertThat(NoteText.field("International Business Machines Corporation", 30)).isEqualTo("International Business…");
        assertThat(NoteText.field("Llanfairpwllgwyngyllgogerychwyrndrobwll", 20)).isNull();
        assertThat(NoteText.field("Acme", 20)).isEqualTo("Acme");
    }

    @Test
    void cutNeverBreaksAWordOrACharacterAndLeavesNothingDangling() {
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            List<String> words = new ArrayList<>();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                words.add(WORDS.get(random.nextInt(WORDS.size())));
            }
            String text = String.join(" ", words);
            int limit = 1 + random.nextInt(320);
            String cut = NoteText.cut(text, limit);
            assertThat(cut.length()).as(text + " @" + limit).isLessThanOrEqualTo(limit);
            if (text.length() <= limit) {
                assertThat(cut).isEqualTo(text);
                continue;
            }
            String body = cut.endsWith(NoteText.ELLIPSIS) ? cut.substring(0, cut.length() - 1) : cut;
            assertThat(text).startsWith(body);
            assertThat(Character.isHighSurrogate(body.isEmpty() ? 'x' : body.charAt(body.length() - 1))).isFalse();
            if (words.get(0).length() + NoteText.ELLIPSIS.length() > limit) {
                continue; // a limit shorter than the first word: the documented last resort cuts between characters
            }
            // Every word kept is whole (the last may lose a trailing comma), and the last promises nothing more.
            String[] kept = body.strip().split(" ");
            for (int i = 0; i < kept.length && !body.isBlank(); i++) {
                String original = words.get(i);
                boolean last = i == kept.length - 1;
                assertThat(kept[i].equals(original) || last && original.replaceAll(",$", "").equals(kept[i]))
                        .as("word %d of '%s' (limit %d, from '%s')", i, cut, limit, text).isTrue();
            }
            boolean onlyDanglingWordsFit = Set.of("and", "with", "the", "of", "in", "we", "an").containsAll(List.of(kept));
            if (!onlyDanglingWordsFit) {
                assertThat(Set.of("and", "with", "the", "of", "in", "we", "an")).as(cut).doesNotContain(kept[kept.length - 1]);
            }
            assertThat(cut).doesNotEndWith(",").doesNotEndWith(",…");
        }
    }
}
