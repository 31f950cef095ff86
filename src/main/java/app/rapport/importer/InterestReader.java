package app.rapport.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

import app.rapport.member.Interests;
import app.rapport.member.MemberIds;

/**
 * Reads an interest file, {@code memberId<TAB>interest} a line (blank lines and {@code #} comments allowed):
 * each valid row becomes a member number (its own {@link IdTable}, so it can run beside the edge reader) and
 * an interest number; interests are keyed by {@link Interests#key} and named by the first spelling of their
 * key in a valid row ({@link InterestNames}' rule). Each distinct spelling is decoded and normalised once.
 */
final class InterestReader implements ByteLines.Handler {

    final IdTable members = new IdTable();
    final IntArrayList member = new IntArrayList();
    final IntArrayList interest = new IntArrayList();
    final List<String> keys = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final ImportReport report;
    private final Map<String, Integer> interestOfKey = new HashMap<>();
    /** Distinct raw spellings, and per spelling its key and display name. */
    private final IdTable spellings = new IdTable();
    private final List<String[]> spelled = new ArrayList<>();

    InterestReader(ImportReport report) {
        this.report = report;
    }

    @Override
    public void line(long number, byte[] b, int start, int end) {
        if (start < end && b[start] == '#' || blank(b, start, end)) {
            return;
        }
        report.read();
        int tab = -1;
        for (int i = start; i < end; i++) {
            if (b[i] == '\t') {
                tab = i;
                break;
            }
        }
        if (tab < 0) {
            report.skip(number, "expected memberId<TAB>interest");
            return;
        }
        int s = start;
        int e = tab;
        while (s < e && ConnectionReader.blank(b[s])) {
            s++;
        }
        while (e > s && ConnectionReader.blank(b[e - 1])) {
            e--;
        }
        // The member is numbered only once the whole row is valid: a member only an invalid row names is no member.
        boolean ascii = ConnectionReader.ascii(b, s, e);
        String id = ascii ? null : new String(b, start, tab - start, StandardCharsets.UTF_8).strip();
        if (ascii ? !MemberIds.isValid(b, s, e) : !MemberIds.isValid(id)) {
            report.skip(number, "member id " + MemberIds.MESSAGE);
            return;
        }
        String[] spelling = spelling(b, tab + 1, end);
        String key = spelling[0];
        if (key.isEmpty() || key.length() > 100) {
            report.skip(number, "interest must be 1-100 characters");
            return;
        }
        int m = ascii ? members.intern(b, s, e) : members.intern(id);
        Integer i = interestOfKey.get(key);
        if (i == null) {
            i = keys.size();
            interestOfKey.put(key, i);
            keys.add(key);
            names.add(spelling[1]);
        }
        member.add(m);
        interest.add(i);
    }

    /** The key and display name of the interest spelled {@code b[from, to)}. */
    private String[] spelling(byte[] b, int from, int to) {
        int id = spellings.intern(b, from, to);
        if (id == spelled.size()) {
            String text = new String(b, from, to - from, StandardCharsets.UTF_8);
            spelled.add(new String[] {Interests.key(text), Interests.displayName(text)});
        }
        return spelled.get(id);
    }

    /** {@link String#isBlank} of the line. */
    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ConnectionReader.blank(b[i])) {
                return b[i] >= 0 ? false : new String(b, from, to - from, StandardCharsets.UTF_8).isBlank();
            }
        }
        return true;
    }
}
